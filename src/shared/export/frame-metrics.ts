/** Per-frame metrics of a session as the replay overlay shows them: the session's facing and scale. */
import {
  analyzeSessionDetailed,
  computeFrameMetrics,
  facingFromScore,
  KP_STRIDE,
  metricsFromBuffer,
  type FrameMetrics,
  type PoseFrame,
  type SessionSeries,
} from '../gait';

/**
 * One FrameMetrics per frame: the analysis' own per-frame numbers (its filtered keypoints, each leg
 * by the feet's identity, the session's smoothed facing and robust shank length), so a frame's
 * value is the one its step's peak was taken from.
 */
export function sessionFrameMetrics(
  frames: readonly PoseFrame[],
  size: { width: number; height: number },
  heightCm: number | null,
): FrameMetrics[] {
  const metricsAt = sessionFrameMetricsAt(frames, size, heightCm);
  return frames.map((_, i) => metricsAt(i));
}

/**
 * The same, one frame at a time: the session is analysed once up front, each frame's metrics are
 * computed when asked for (so a long export can spread that work out).
 */
export function sessionFrameMetricsAt(
  frames: readonly PoseFrame[],
  size: { width: number; height: number },
  heightCm: number | null,
): (index: number) => FrameMetrics {
  const interval = medianInterval(frames);
  const { series } = analyzeSessionDetailed(
    { fps: interval > 0 ? 1000 / interval : 30, width: size.width, height: size.height, frames: [...frames] },
    { heightCm },
  );
  return (i) => {
    const frame = frames[i];
    if (!frame) throw new RangeError(`no frame ${i} in a session of ${frames.length}`);
    return analysedFrameMetrics(series, frame, i, heightCm);
  };
}

/** Frame i's metrics from the analysis' buffer; without a series (nobody confident), from the frame itself. */
export function analysedFrameMetrics(
  series: SessionSeries | null,
  frame: PoseFrame,
  i: number,
  heightCm: number | null,
): FrameMetrics {
  if (!series) return computeFrameMetrics(frame.keypoints, frame.t, { heightCm });
  return metricsFromBuffer(series.keypoints, i * KP_STRIDE, frame.t, {
    heightCm,
    shankPx: series.shankPx,
    facing: facingFromScore(series.facing[i] ?? NaN),
  });
}

function medianInterval(frames: readonly PoseFrame[]): number {
  const d: number[] = [];
  let previous: PoseFrame | undefined;
  for (const frame of frames) {
    if (previous) d.push(frame.t - previous.t);
    previous = frame;
  }
  d.sort((a, b) => a - b);
  return d[d.length >> 1] ?? 0;
}
