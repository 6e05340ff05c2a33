import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Keypoint } from '../../../shared/pose/types';
import { personClicked } from '../../../shared/tracking/person-clicked';
import { nearestPose } from '../../../shared/tracking/same-person';
import { drawPeople } from './draw-people';
import { useFramePeople } from './use-frame-people';

interface Props {
  sessionId: number;
  videoUrl: string;
  /** The session's frame rate and length, to step frame by frame. */
  fps: number;
  durationMs: number;
  initialTimeMs: number;
  /** The pose the result follows now at a time, to mark them (null: nobody or unknown). */
  followedAt: (timeMs: number) => Keypoint[] | null;
  /** The user clicked a person: their frame's time and the click in the frame's pixels. */
  onPick: (choice: { t: number; x: number; y: number }) => void;
}

/** A frame of the session's video with every person the multi-person model finds in it; click one to follow them. */
export function WalkerPicker({ sessionId, videoUrl, fps, durationMs, initialTimeMs, followedAt, onPick }: Props) {
  const [frame, setFrame] = useState(() => Math.round((initialTimeMs * fps) / 1000));
  const lastFrame = Math.max(0, Math.floor((durationMs * fps) / 1000) - 1);
  const timeMs = (Math.min(frame, lastFrame) * 1000) / fps;
  const { found, loading, error } = useFramePeople(sessionId, timeMs);
  // a click beside everyone, on the frame it was on
  const [missedAt, setMissedAt] = useState<number | null>(null);
  const missed = missedAt === timeMs;
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const people = useMemo(() => found?.people ?? [], [found]);
  const followedNow = found ? followedAt(found.t) : null;
  const followed = followedNow ? nearestPose(followedNow, people) : null;

  useEffect(() => {
    // A hair past the frame's start, so the video shows that frame and not the one before.
    if (videoRef.current) videoRef.current.currentTime = (timeMs + 1) / 1000;
  }, [timeMs]);
  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) drawPeople(ctx, people, followed);
  }, [people, followed]);

  const onClick = (e: MouseEvent<HTMLCanvasElement>): void => {
    if (!found) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * found.width;
    const y = ((e.clientY - rect.top) / rect.height) * found.height;
    if (personClicked(people, x, y) === null) {
      setMissedAt(timeMs);
      return;
    }
    onPick({ t: found.t, x, y });
  };

  const go = (to: number) => setFrame(Math.max(0, Math.min(lastFrame, to)));
  const width = found?.width ?? 640,
    height = found?.height ?? 480;
  const status =
    error ??
    (loading
      ? 'Finding everyone in this frame…'
      : people.length === 0
        ? 'Nobody was found in this frame: go to a frame where the walker is in view.'
        : `${people.length === 1 ? '1 person' : `${people.length} people`} in this frame: click the walker.`);
  return (
    <div
      className="walker-picker"
      data-testid="walker-picker"
      data-loading={loading}
      data-people={people.length}
      data-frame-t={found?.t}
    >
      <div className="walker-frame-controls">
        <button type="button" onClick={() => go(frame - Math.round(fps))}>
          ◀ 1 s
        </button>
        <button type="button" onClick={() => go(frame - 1)} aria-label="Previous frame">
          ◀ Frame
        </button>
        <label>
          Frame{' '}
          <input
            type="number"
            min={1}
            max={lastFrame + 1}
            value={frame + 1}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isFinite(n)) go(Math.round(n) - 1);
            }}
            data-testid="walker-frame"
          />
        </label>
        <button type="button" onClick={() => go(frame + 1)} aria-label="Next frame">
          Frame ▶
        </button>
        <button type="button" onClick={() => go(frame + Math.round(fps))}>
          1 s ▶
        </button>
        <span className="muted">{(timeMs / 1000).toFixed(2)} s</span>
      </div>
      <div
        className="replay-stage"
        style={{
          aspectRatio: `${width} / ${height}`,
          width: `min(100%, calc(var(--stage-max-height) * ${width / height}))`,
        }}
      >
        <video ref={videoRef} src={videoUrl} preload="auto" muted playsInline />
        <canvas
          ref={canvasRef}
          width={width}
          height={height}
          onClick={onClick}
          className="walker-canvas"
          data-testid="walker-canvas"
          role="img"
          aria-label={`Frame ${frame + 1}: ${people.length} people found; click the walker`}
        />
      </div>
      <p className={missed ? 'notice error' : 'muted'} role="status" data-testid="walker-picker-status">
        {missed ? 'Nobody there: click on one of the skeletons.' : status}
      </p>
    </div>
  );
}
