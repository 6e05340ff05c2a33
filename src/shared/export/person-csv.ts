/** All of a person's sessions as one CSV of summaries, one row per session (docs/metrics.md). */
import type { Person, SessionSummary } from '../api';
import type { SessionMetrics } from '../progress/types';
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
] as const;

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
    ];
  });
  return toCsv(PERSON_CSV_COLUMNS, rows);
}
