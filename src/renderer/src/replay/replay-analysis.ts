/**
 * Everything the replay derives from a session's stored keypoints, all of it from the gait module:
 * the per-frame series for the charts (analyzeSessionDetailed), the per-frame toe and knee-past-toe
 * for the overlay and readouts (the analysis' own per-frame numbers: analysedFrameMetrics), and the analysis
 * (the stored one, as saved with the result; recomputed only for sessions that have none).
 */
import type { SessionResult } from '../../../shared/api';
import {
  analyzeSessionDetailed,
  KP_STRIDE,
  type FrameMetrics,
  type Keypoint,
  type GaitAnalysis,
  type PoseFrame,
  type SessionSeries,
} from '../../../shared/gait';
import { analysedFrameMetrics } from '../../../shared/export';
import { readAnalysis } from '../sessions/read-analysis';
import { FrameTimeline } from './frame-timeline';

export interface ReplayAnalysis {
  frames: PoseFrame[];
  timeline: FrameTimeline;
  analysis: GaitAnalysis;
  /** True when the result had no stored analysis and it was computed here. */
  recomputed: boolean;
  /** Null when too few confident keypoints for any per-frame series. */
  series: SessionSeries | null;
}

export function buildReplayAnalysis(
  frames: PoseFrame[],
  result: Pick<SessionResult, 'width' | 'height' | 'analysis'>,
  heightCm: number | null,
): ReplayAnalysis {
  const timeline = new FrameTimeline(frames.map((f) => f.t));
  const input = { fps: 1000 / timeline.intervalMs, width: result.width, height: result.height, frames };
  const detailed = analyzeSessionDetailed(input, { heightCm });
  const stored = readAnalysis(result.analysis);
  return { frames, timeline, analysis: stored ?? detailed.analysis, recomputed: !stored, series: detailed.series };
}

/** The metrics of frame `index` (toe, knee-past-toe...) for the overlay. */
export function frameMetricsAt(replay: ReplayAnalysis, index: number, heightCm: number | null): FrameMetrics | null {
  const frame = replay.frames[index];
  if (!frame?.keypoints) return null;
  // the analysis' own numbers for this frame (the export's too): the step peaks come from them
  return analysedFrameMetrics(replay.series, frame, index, heightCm);
}

/**
 * The skeleton to draw on frame `index`: the analysed keypoints (each leg by the feet's identity, the
 * points the readout and the toe lines are measured on), the stored ones when nothing was analysed.
 */
export function skeletonAt(replay: ReplayAnalysis, index: number): Keypoint[] | null {
  const frame = replay.frames[index];
  if (!frame?.keypoints) return null;
  const d = replay.series?.keypoints;
  if (!d) return frame.keypoints;
  const o = index * KP_STRIDE;
  return Array.from({ length: 17 }, (_, k): Keypoint =>
    d[o + k * 3] === d[o + k * 3] ? [d[o + k * 3], d[o + k * 3 + 1], d[o + k * 3 + 2]] : [0, 0, 0],
  );
}

/** uPlot's columns: time (s), then one column per line; gaps (NaN) become null. */
export type ChartColumns = [number[], ...Array<Array<number | null>>];

export function chartColumns(series: SessionSeries, pick: (s: SessionSeries) => Float64Array[]): ChartColumns {
  const gapsAsNull = (values: Float64Array) => Array.from(values, (v) => (v === v ? v : null));
  return [Array.from(series.t), ...pick(series).map(gapsAsNull)];
}
