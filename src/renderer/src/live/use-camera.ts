import { useCallback, useEffect, useState } from 'react';
import { CAMERA_UNPLUGGED, CAMERA_UNSUPPORTED, describeCameraError, type CameraProblem } from './camera-errors';

export interface CameraState {
  stream: MediaStream | null;
  problem: CameraProblem | null;
  starting: boolean;
  /** Id of the camera actually opened (may differ from the one asked for when that one is gone). */
  activeId: string | null;
  retry: () => void;
}

/** Opens the chosen camera (or any camera when it is gone) and reports problems in plain words. */
export function useCamera(cameraId: string | null, enabled: boolean): CameraState {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [starting, setStarting] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(CAMERA_UNSUPPORTED);
      return;
    }
    let cancelled = false;
    let opened: MediaStream | null = null;
    setStarting(true);
    setProblem(null);
    openCamera(cameraId)
      .then((s) => {
        if (cancelled) return stopStream(s);
        opened = s;
        const track = s.getVideoTracks()[0];
        track?.addEventListener('ended', () => {
          setStream(null);
          setProblem(CAMERA_UNPLUGGED);
        });
        setStream(s);
      })
      .catch((e: unknown) => {
        if (!cancelled) setProblem(describeCameraError(e));
      })
      .finally(() => {
        if (!cancelled) setStarting(false);
      });
    return () => {
      cancelled = true;
      if (opened) stopStream(opened);
      setStream(null);
    };
  }, [cameraId, enabled, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // A camera plugged in (back) while none was usable: try again without waiting for the user.
  const waitingForDevice = problem?.kind === 'none' || problem?.kind === 'unplugged';
  useEffect(() => {
    const media = navigator.mediaDevices;
    if (!enabled || !waitingForDevice || !media) return;
    media.addEventListener('devicechange', retry);
    return () => media.removeEventListener('devicechange', retry);
  }, [enabled, waitingForDevice, retry]);
  const activeId = stream?.getVideoTracks()[0]?.getSettings().deviceId ?? null;
  return { stream, problem, starting, activeId, retry };
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
