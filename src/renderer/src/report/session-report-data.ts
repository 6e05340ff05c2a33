/**
 * The session report's numbers, read off the gait module's stored analysis (no gait maths here):
 * key facts, symmetry, and one summary row per leg from the step list.
 */
import type { Person, SessionSummary, Variant } from '../../../shared/api';
import { kneePastToeSincePrevious, type ComparableSession } from '../../../shared/display/knee-past-toe-change';
import type { KneePastToeLeadData } from '../progress/KneePastToeLead';
import type { GaitAnalysis, Side, StepRecord } from '../../../shared/gait';
import { kneePastToeUnit, sessionKneePastToe } from '../../../shared/display/knee-past-toe';
import { formatNumber } from '../sessions/format';
import { VARIANT_LABELS } from '../progress/variants';
import { formatDistance, formatMass, type UnitSystem } from '../../../shared/display/units';

export interface ReportFact {
  label: string;
  value: string;
  testId?: string;
}

const legName = (side: Side) => (side === 'left' ? 'Left' : 'Right');

/** The key numbers after the lead (the knee past the toes per leg: sessionLead). */
export function keyFacts(a: GaitAnalysis): ReportFact[] {
  const kpt = a.knee_past_toe;
  return [
    { label: 'Direction', value: a.direction[0].toUpperCase() + a.direction.slice(1) },
    { label: 'Cadence', value: formatNumber(a.cadence_spm, ' steps/min') },
    { label: 'Steps', value: `${a.steps.count} (L ${a.steps.left} · R ${a.steps.right})` },
    { label: 'Camera view', value: a.quality.view[0].toUpperCase() + a.quality.view.slice(1) },
    { label: 'Left knee range', value: formatNumber(a.knee.rom_deg.left, '°') },
    { label: 'Right knee range', value: formatNumber(a.knee.rom_deg.right, '°') },
    { label: 'Steps with the knee past the toes', value: formatNumber(kpt.steps_past_toe_pct, ' %') },
    { label: 'Readable frames', value: formatNumber(a.quality.confident_frames_pct, ' %') },
  ];
}

/**
 * The report's lead: this walk's knee past the toes per leg, as stored, and its change since the
 * person's previous walk of the same direction and variant (from the sessions list's numbers).
 */
export function sessionLead(
  a: GaitAnalysis,
  sessionId: number,
  personSessions: ReadonlyArray<ComparableSession & { variant: Variant }>,
  system: UnitSystem = 'metric',
): KneePastToeLeadData {
  const unit = kneePastToeUnit(a);
  const since = kneePastToeSincePrevious(personSessions, sessionId, system);
  const previous = since ? personSessions.find((s) => s.id === since.previousId) : undefined;
  return {
    unit,
    values: { left: sessionKneePastToe(a, 'left', unit), right: sessionKneePastToe(a, 'right', unit) },
    // the change in the report's unit only (a list read before a height change may say otherwise)
    change: since && since.unit === unit ? since.change : null,
    of: `this ${a.direction === 'backward' || a.direction === 'forward' ? `${a.direction} walk` : 'walk'}`,
    since: previous
      ? `${new Date(previous.startedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}, ${VARIANT_LABELS[previous.variant].toLowerCase()}`
      : null,
  };
}

/** What the user told about the session: variant (with the sled's load), distance, duration, tags; in `system`. */
export function detailFacts(
  s: Pick<SessionSummary, 'variant' | 'loadKg' | 'distanceM' | 'exerciseDurationS' | 'tags' | 'source' | 'model'>,
  system: UnitSystem = 'metric',
): ReportFact[] {
  const variant =
    s.variant === 'sled' && s.loadKg !== null
      ? `${VARIANT_LABELS.sled}, ${formatMass(s.loadKg, system)}`
      : VARIANT_LABELS[s.variant];
  const facts: ReportFact[] = [{ label: 'Variant', value: variant }];
  if (s.distanceM !== null) facts.push({ label: 'Distance', value: formatDistance(s.distanceM, system) });
  if (s.exerciseDurationS !== null) facts.push({ label: 'Exercise time', value: formatMinutes(s.exerciseDurationS) });
  if (s.tags.length > 0) facts.push({ label: 'Tags', value: s.tags.join(', ') });
  facts.push({
    label: 'Analysed',
    value: `${s.source === 'imported' ? 'Imported video' : 'Recorded live'}, ${s.model}`,
  });
  return facts;
}

function formatMinutes(seconds: number): string {
  const m = Math.floor(seconds / 60),
    s = Math.round(seconds - m * 60);
  return m > 0 ? `${m} min ${s.toString().padStart(2, '0')} s` : `${s} s`;
}

export interface LegStepRow {
  leg: string;
  side: Side;
  steps: number;
  stepTime: string;
  stanceTime: string;
  peakKneeFlexion: string;
  pastToes: string;
}

const mean = (values: Array<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

/** The step table boiled down to one row per leg: means and how many steps took the knee past the toes. */
export function legStepRows(steps: readonly StepRecord[]): LegStepRow[] {
  return (['left', 'right'] as const).map((side) => {
    const own = steps.filter((s) => s.side === side);
    const judged = own.filter((s) => s.knee_past_toe !== null);
    return {
      leg: legName(side),
      side,
      steps: own.length,
      stepTime: formatNumber(mean(own.map((s) => s.step_time_s)), ' s', 2),
      stanceTime: formatNumber(mean(own.map((s) => s.stance_time_s)), ' s', 2),
      peakKneeFlexion: formatNumber(mean(own.map((s) => s.peak_knee_flexion_deg)), '°'),
      pastToes: judged.length ? `${judged.filter((s) => s.knee_past_toe).length} of ${judged.length}` : '—',
    };
  });
}

/** File name the PDF is offered under, e.g. "Retrowalk Ada 2026-11-25.pdf". */
export function reportFileName(parts: Array<string | null>): string {
  const name = parts
    .filter((p): p is string => !!p)
    .join(' ')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .trim();
  return `Retrowalk ${name}.pdf`;
}

export function personName(person: Pick<Person, 'name'> | null): string {
  return person?.name ?? 'Unknown person';
}

/** Frames per second of stored keypoints, from the median interval between frame times (ms). */
export function framesFps(times: readonly number[]): number {
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i])
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  if (gaps.length === 0) return 30;
  return 1000 / gaps[Math.floor(gaps.length / 2)];
}

/** An ISO time as the user's local date, YYYY-MM-DD. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
