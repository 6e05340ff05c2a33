/** Per-frame metrics of a session as the replay overlay shows them: the session's facing and scale. */
import { analyzeSessionDetailed, computeFrameMetrics, facingFromScore, type FrameMetrics, type PoseFrame } from '../gait';

/**
 * One FrameMetrics per frame, computed with the session's smoothed facing and its robust shank
 * length (so a frame's own noisy guess of either does not flip a sign or change the scale).
 */
export function sessionFrameMetrics(frames: readonly PoseFrame[], size: { width: number; height: number }, heightCm: number | null): FrameMetrics[] {
  const metricsAt = sessionFrameMetricsAt(frames, size, heightCm);
  return frames.map((_, i) => metricsAt(i));
}

/**
 * The same, one frame at a time: the session is analysed once up front, each frame's metrics are
 * computed when asked for (so a long export can spread that work out).
 */
export function sessionFrameMetricsAt(frames: readonly PoseFrame[], size: { width: number; height: number }, heightCm: number | null): (index: number) => FrameMetrics {
  const interval = medianInterval(frames);
  const { series } = analyzeSessionDetailed({ fps: interval > 0 ? 1000 / interval : 30, width: size.width, height: size.height, frames: [...frames] }, { heightCm });
  return (i) => computeFrameMetrics(frames[i].keypoints, frames[i].t, {
    heightCm,
    shankPx: series?.shankPx ?? null,
    facing: series ? facingFromScore(series.facing[i]) : undefined,
  });
}

function medianInterval(frames: readonly PoseFrame[]): number {
  const d: number[] = [];
  for (let i = 1; i < frames.length; i++) d.push(frames[i].t - frames[i - 1].t);
  d.sort((a, b) => a - b);
  return d.length ? d[d.length >> 1] : 0;
}
