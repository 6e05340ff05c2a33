import { useEffect, useRef } from 'react';
import type { FrameMetrics, Keypoint } from '../../../shared/gait';
import { drawPose } from '../live/draw-overlay';

interface Props {
  /** The keypoints' pixel space (the canvas is this size; CSS scales it with the video). */
  width: number;
  height: number;
  videoUrl: string | null;
  onVideo: (video: HTMLVideoElement | null) => void;
  onVideoError: () => void;
  frameIndex: number;
  keypoints: readonly Keypoint[] | null;
  legs: Pick<FrameMetrics, 'left' | 'right'> | null;
  message: string | null;
  /** Prefix of the test ids (several stages on one screen). */
  testId?: string;
  /** What the stage shows, for screen readers (e.g. which session). */
  label?: string;
}

/** The session's video (or a blank stage) with the stored skeleton of the frame on screen drawn over it. */
export function ReplayStage({
  width,
  height,
  videoUrl,
  onVideo,
  onVideoError,
  frameIndex,
  keypoints,
  legs,
  message,
  testId = 'replay',
  label,
}: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) drawPose(ctx, keypoints, legs);
  }, [keypoints, legs, width, height]);

  // as wide as it may be without being taller than --stage-max-height, so a portrait video is not stretched
  const size = {
    aspectRatio: `${width} / ${height}`,
    width: `min(100%, calc(var(--stage-max-height) * ${width / height}))`,
  };
  return (
    <div
      className="replay-stage"
      style={size}
      data-testid={`${testId}-stage`}
      role="group"
      aria-label={label ?? 'Video and skeleton'}
    >
      {videoUrl && (
        <video
          ref={onVideo}
          src={videoUrl}
          preload="auto"
          muted
          playsInline
          data-testid={`${testId}-video`}
          onError={onVideoError}
        />
      )}
      <canvas
        ref={canvasRef}
        width={width}
        height={height}
        data-testid={`${testId}-overlay`}
        data-frame-index={frameIndex}
        data-has-pose={keypoints ? 'true' : 'false'}
        aria-label={keypoints ? `Skeleton of frame ${frameIndex + 1}` : 'No skeleton at this moment'}
        role="img"
      />
      {message && (
        <p className="stage-note" role="status" data-testid={`${testId}-stage-message`}>
          {message}
        </p>
      )}
    </div>
  );
}
