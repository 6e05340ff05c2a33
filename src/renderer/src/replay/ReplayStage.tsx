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
}

/** The session's video (or a blank stage) with the stored skeleton of the frame on screen drawn over it. */
export function ReplayStage({ width, height, videoUrl, onVideo, onVideoError, frameIndex, keypoints, legs, message }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) drawPose(ctx, keypoints, legs);
  }, [keypoints, legs, width, height]);

  return (
    <div className="replay-stage" style={{ aspectRatio: `${width} / ${height}` }} data-testid="replay-stage">
      {videoUrl && (
        <video
          ref={onVideo}
          src={videoUrl}
          preload="auto"
          muted
          playsInline
          data-testid="replay-video"
          onError={onVideoError}
        />
      )}
      <canvas
        ref={canvasRef}
        width={width}
        height={height}
        data-testid="replay-overlay"
        data-frame-index={frameIndex}
        data-has-pose={keypoints ? 'true' : 'false'}
        aria-label={keypoints ? `Skeleton of frame ${frameIndex + 1}` : 'No skeleton at this moment'}
        role="img"
      />
      {message && <p className="stage-note" role="status" data-testid="replay-stage-message">{message}</p>}
    </div>
  );
}
