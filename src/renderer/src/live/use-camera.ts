import { useCallback, useEffect, useState } from 'react';
import { CAMERA_UNPLUGGED, CAMERA_UNSUPPORTED, describeCameraError, type CameraProblem } from './camera-errors';

export interface CameraState {
  stream: MediaStream | null;
  problem: CameraProblem | null;
  /** Id of the camera actually opened (may differ from the one asked for when that one is gone). */
  activeId: string | null;
  retry: () => void;
}

/** Opens the chosen camera (or any camera when it is gone) and reports problems in plain words. */
export function useCamera(cameraId: string | null): CameraState {
  const supported = !!navigator.mediaDevices?.getUserMedia;
  const [attempt, setAttempt] = useState(0);
  // what the camera asked for last (this id, this attempt) gave: a stream, or a problem
  const [opened, setOpened] = useState<{
    cameraId: string | null;
    attempt: number;
    stream: MediaStream | null;
    problem: CameraProblem | null;
  } | null>(null);

  useEffect(() => {
    if (!supported) return;
    let cancelled = false;
    let stream: MediaStream | null = null;
    const settle = (got: { stream: MediaStream | null; problem: CameraProblem | null }) =>
      setOpened({ cameraId, attempt, ...got });
    openCamera(cameraId)
      .then((s) => {
        if (cancelled) return stopStream(s);
        stream = s;
        s.getVideoTracks()[0]?.addEventListener('ended', () => settle({ stream: null, problem: CAMERA_UNPLUGGED }));
        settle({ stream: s, problem: null });
      })
      .catch((e: unknown) => {
        if (!cancelled) settle({ stream: null, problem: describeCameraError(e) });
      });
    return () => {
      cancelled = true;
      if (stream) stopStream(stream);
    };
  }, [supported, cameraId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = opened?.cameraId === cameraId && opened.attempt === attempt ? opened : null;
  const stream = current?.stream ?? null;
  const problem = supported ? (current?.problem ?? null) : CAMERA_UNSUPPORTED;

  // A camera plugged in (back) while none was usable: try again without waiting for the user.
  const waitingForDevice = problem?.kind === 'none' || problem?.kind === 'unplugged';
  useEffect(() => {
    const media = navigator.mediaDevices;
    if (!waitingForDevice || !media) return;
    media.addEventListener('devicechange', retry);
    return () => media.removeEventListener('devicechange', retry);
  }, [waitingForDevice, retry]);
  const activeId = stream?.getVideoTracks()[0]?.getSettings().deviceId ?? null;
  return { stream, problem, activeId, retry };
}

async function openCamera(cameraId: string | null): Promise<MediaStream> {
  const video: MediaTrackConstraints = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } };
  if (!cameraId) return navigator.mediaDevices.getUserMedia({ video, audio: false });
  try {
    return await navigator.mediaDevices.getUserMedia({
      video: { ...video, deviceId: { exact: cameraId } },
      audio: false,
    });
  } catch (e) {
    // The remembered camera is gone: fall back to whichever camera there is.
    if (e instanceof DOMException && (e.name === 'OverconstrainedError' || e.name === 'NotFoundError')) {
      return navigator.mediaDevices.getUserMedia({ video, audio: false });
    }
    throw e;
  }
}

function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
