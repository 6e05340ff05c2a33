/** A session's frames as CSV: time, the 17 keypoints, every per-frame metric (docs/metrics.md). */
import type { FrameMetrics, LegFrameMetrics, LengthUnit, Side } from '../gait/types';
import { KEYPOINT_COUNT, KEYPOINT_NAMES } from '../pose/keypoints';
import type { PoseFrame } from '../pose/types';
import { rounded, toCsv, type CsvCell } from './csv';

const SIDES: readonly Side[] = ['left', 'right'];

/** The columns, in order; the knee-past-toe distance is named after its unit (cm or shank). */
export function frameCsvColumns(unit: LengthUnit): string[] {
  const columns = ['t_s'];
  for (const name of KEYPOINT_NAMES) columns.push(`${name}_x`, `${name}_y`, `${name}_score`);
  for (const side of SIDES) {
    columns.push(
      `${side}_knee_flexion_deg`, `${side}_shin_inclination_deg`, `${side}_toe_x`, `${side}_toe_y`,
      `${side}_knee_past_toe_deg`, `${side}_knee_past_toe_${unit}`,
    );
  }
  columns.push('facing', 'trunk_lean_deg');
  return columns;
}

export interface FramesCsvInput {
  frames: readonly PoseFrame[];
  /** One per frame, in the same order (e.g. sessionFrameMetrics). */
  metrics: readonly FrameMetrics[];
}

/** One row per frame; an empty cell where a value is missing (no person, keypoint not confident). */
export function sessionFramesCsv(input: FramesCsvInput): string {
  const { frames, metrics } = input;
  if (metrics.length !== frames.length) throw new Error(`sessionFramesCsv needs one metrics entry per frame (${frames.length} frames, ${metrics.length} metrics)`);
  const unit: LengthUnit = metrics[0]?.unit ?? 'shank';
  const rows = frames.map((frame, i) => {
    const m = metrics[i];
    if (m.unit !== unit) throw new Error(`sessionFramesCsv: frame ${i} is in ${m.unit}, the others in ${unit}`);
    const row: CsvCell[] = [rounded(frame.t / 1000, 3)];
    for (let k = 0; k < KEYPOINT_COUNT; k++) {
      const kp = frame.keypoints?.[k];
      row.push(rounded(kp?.[0], 2), rounded(kp?.[1], 2), rounded(kp?.[2], 3));
    }
    for (const side of SIDES) row.push(...legCells(m[side], unit));
    row.push(m.facing, rounded(m.trunkLeanDeg.value, 2));
    return row;
  });
  return toCsv(frameCsvColumns(unit), rows);
}

function legCells(leg: LegFrameMetrics, unit: LengthUnit): CsvCell[] {
  return [
    rounded(leg.kneeFlexionDeg.value, 2), rounded(leg.shinInclinationDeg.value, 2),
    rounded(leg.toe?.[0], 2), rounded(leg.toe?.[1], 2),
    rounded(leg.kneePastToeDeg.value, 2), rounded(leg.kneePastToeDist.value, unit === 'cm' ? 2 : 4),
  ];
}
