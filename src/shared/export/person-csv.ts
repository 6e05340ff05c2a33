/**
 * All of a person's sessions as one CSV of summaries, one row per session (docs/metrics.md). Both
 * unit systems, whatever the app shows: the metric columns as stored, then the imperial ones as the
 * app writes them (to 0.1), last, so a file's columns never depend on a display setting and readers
 * of the metric columns are not disturbed.
 */
import type { Person, SessionSummary } from '../api';
import type { SessionMetrics } from '../progress/types';
import { displayDistance, displayLength, displayMass } from '../display/units';
import { rounded, toCsv, type CsvCell } from './csv';

export const PERSON_CSV_COLUMNS = [
  'person',
  'session_id',
  'started_at',
  'title',
  'variant',
  'load_kg',
  'distance_m',
  'exercise_duration_s',
  'recording_duration_s',
  'notes',
  'tags',
  'model',
  'direction',
  'backward_s',
  'steps',
  'cadence_spm',
  'step_time_si_pct',
  'knee_rom_left_deg',
  'knee_rom_right_deg',
  'peak_knee_past_toe_left_cm',
  'peak_knee_past_toe_right_cm',
  'peak_knee_past_toe_left_deg',
  'peak_knee_past_toe_right_deg',
  'balance_score',
  'load_lb',
  'distance_ft',
  'peak_knee_past_toe_left_in',
  'peak_knee_past_toe_right_in',
] as const;

/** A value in the app's imperial unit, or an empty cell. */
const imperial = (value: number | null | undefined, display: (metric: number, system: 'imperial') => number) =>
  value === null || value === undefined ? null : display(value, 'imperial');

/** The session fields the CSV shows: a whole session or a sessions.list item. */
type CsvSession = Pick<
  SessionSummary,
  | 'id'
  | 'startedAt'
  | 'title'
  | 'variant'
  | 'loadKg'
  | 'distanceM'
  | 'exerciseDurationS'
  | 'durationMs'
  | 'notes'
  | 'tags'
  | 'model'
  | 'direction'
>;

/**
 * The sessions given, in their order; `metrics` by session id (sessionMetrics), empty cells for a
 * session without one (not analysed). Tags are joined with "; ".
 */
export function personSummariesCsv(
  person: Person,
  sessions: readonly CsvSession[],
  metrics: ReadonlyMap<number, SessionMetrics>,
): string {
  const rows = sessions.map((s): CsvCell[] => {
    const m = metrics.get(s.id);
    return [
      person.name,
      s.id,
      s.startedAt,
      s.title,
      s.variant,
      s.loadKg,
      s.distanceM,
      s.exerciseDurationS,
      rounded(s.durationMs / 1000, 1),
      s.notes,
      s.tags.join('; '),
      s.model,
      s.direction,
      m ? m.backwardS : null,
      m ? m.steps : null,
      m?.cadenceSpm ?? null,
      m?.stepTimeSiPct ?? null,
      m?.kneeRomDeg.left ?? null,
      m?.kneeRomDeg.right ?? null,
      m?.peakKneePastToeCm.left ?? null,
      m?.peakKneePastToeCm.right ?? null,
      m?.peakKneePastToeDeg.left ?? null,
      m?.peakKneePastToeDeg.right ?? null,
      m?.balanceScore ?? null,
      imperial(s.loadKg, displayMass),
      imperial(s.distanceM, displayDistance),
      imperial(m?.peakKneePastToeCm.left, displayLength),
      imperial(m?.peakKneePastToeCm.right, displayLength),
    ];
  });
  return toCsv(PERSON_CSV_COLUMNS, rows);
}
