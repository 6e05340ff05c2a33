/** A session's frames as CSV: time, the 17 keypoints, every per-frame metric (docs/metrics.md). */
import type { FrameMetrics, LegFrameMetrics, LengthUnit, Side } from '../gait/types';
import { KEYPOINT_COUNT, KEYPOINT_NAMES } from '../pose/keypoints';
import type { PoseFrame } from '../pose/types';
import { csvRows, rounded, toCsv, type CsvCell } from './csv';

const SIDES: readonly Side[] = ['left', 'right'];

/** The columns, in order; the knee-past-toe distance is named after its unit (cm or shank). */
export function frameCsvColumns(unit: LengthUnit): string[] {
  const columns = ['t_s'];
  for (const name of KEYPOINT_NAMES) columns.push(`${name}_x`, `${name}_y`, `${name}_score`);
  for (const side of SIDES) {
    columns.push(
      `${side}_knee_flexion_deg`,
      `${side}_shin_inclination_deg`,
      `${side}_toe_x`,
      `${side}_toe_y`,
      `${side}_knee_past_toe_deg`,
      `${side}_knee_past_toe_${unit}`,
    );
  }
  columns.push('facing', 'trunk_lean_deg');
  return columns;
}

export interface FramesCsvInput {
  frames: readonly PoseFrame[];
  /** One per frame, in the same order (sessionFrameMetrics), or by frame index (sessionFrameMetricsAt). */
  metrics: readonly FrameMetrics[] | ((index: number) => FrameMetrics);
}

/** Frames per part of sessionFramesCsvParts: ~30 ms of work, so a caller can yield between parts. */
export const CSV_ROWS_PER_PART = 1000;

/** One row per frame; an empty cell where a value is missing (no person, keypoint not confident). */
export function sessionFramesCsv(input: FramesCsvInput): string {
  return [...sessionFramesCsvParts(input)].join('');
}

/**
 * The same CSV in parts (the header, then CSV_ROWS_PER_PART frames at a time) whose concatenation
 * is the whole file: a 10-min session is ~1 s of work, which a caller on a shared thread (the main
 * process) spreads out instead of blocking every other request for that long.
 */
export function* sessionFramesCsvParts(input: FramesCsvInput, rowsPerPart = CSV_ROWS_PER_PART): Generator<string> {
  const { frames, metrics } = input;
  if (typeof metrics !== 'function' && metrics.length !== frames.length) {
    throw new Error(
      `sessionFramesCsv needs one metrics entry per frame (${frames.length} frames, ${metrics.length} metrics)`,
    );
  }
  // an array holds one entry per frame (checked above), so each frame's index is in it
  const metricsAt = typeof metrics === 'function' ? metrics : (i: number) => metrics[i]!;
  const unit: LengthUnit = frames.length > 0 ? metricsAt(0).unit : 'shank';
  const columns = frameCsvColumns(unit);
  yield toCsv(columns, []);
  for (let start = 0; start < frames.length; start += rowsPerPart) {
    const rows = frames
      .slice(start, start + rowsPerPart)
      .map((frame, j) => frameRow(frame, metricsAt(start + j), unit, start + j));
    yield csvRows(columns.length, rows);
  }
}

function frameRow(frame: PoseFrame, m: FrameMetrics, unit: LengthUnit, index: number): CsvCell[] {
  if (m.unit !== unit) throw new Error(`sessionFramesCsv: frame ${index} is in ${m.unit}, the others in ${unit}`);
  const row: CsvCell[] = [rounded(frame.t / 1000, 3)];
  for (let k = 0; k < KEYPOINT_COUNT; k++) {
    const kp = frame.keypoints?.[k];
    row.push(rounded(kp?.[0], 2), rounded(kp?.[1], 2), rounded(kp?.[2], 3));
  }
  for (const side of SIDES) row.push(...legCells(m[side], unit));
  row.push(m.facing, rounded(m.trunkLeanDeg.value, 2));
  return row;
}

function legCells(leg: LegFrameMetrics, unit: LengthUnit): CsvCell[] {
  return [
    rounded(leg.kneeFlexionDeg.value, 2),
    rounded(leg.shinInclinationDeg.value, 2),
    rounded(leg.toe?.[0], 2),
    rounded(leg.toe?.[1], 2),
    rounded(leg.kneePastToeDeg.value, 2),
    rounded(leg.kneePastToeDist.value, unit === 'cm' ? 2 : 4),
  ];
}
