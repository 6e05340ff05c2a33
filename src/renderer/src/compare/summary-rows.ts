/**
 * The two sessions' summary numbers side by side, with the difference B − A in the number's unit
 * (read straight off each session's GaitAnalysis; no maths of their own beyond the subtraction).
 */
import type { Person, SessionSummary } from '../../../shared/api';
import type { GaitAnalysis, Side } from '../../../shared/gait';
import { KNEE_PAST_TOE_LABELS } from '../../../shared/display/knee-past-toe';
import { formatDate, formatNumber, formatSymmetry } from '../sessions/format';

export interface CompareSide {
  session: SessionSummary;
  person: Person | null;
  analysis: GaitAnalysis;
}

export interface NumberRow {
  kind: 'number';
  id: string;
  label: string;
  unit: string;
  a: string;
  b: string;
  /** B − A with its sign and unit, '—' when either is missing (or their units differ). */
  diff: string;
  /** The raw difference, null where none. */
  diffValue: number | null;
}

export interface TextRow {
  kind: 'text';
  id: string;
  label: string;
  a: string;
  b: string;
}

export type SummaryRow = NumberRow | TextRow;

const VARIANTS: Record<SessionSummary['variant'], string> = { flat: 'Flat ground', uphill: 'Uphill', 'treadmill-off': 'Treadmill (off)', sled: 'Sled' };
const LEG = { left: 'L', right: 'R' } as const;
const UNIT_NAMES = { cm: ' cm', shank: ' shank lengths' } as const;

export function variantLabel(s: Pick<SessionSummary, 'variant' | 'loadKg'>): string {
  return s.variant === 'sled' && s.loadKg != null ? `${VARIANTS.sled}, ${formatNumber(s.loadKg, ' kg')}` : VARIANTS[s.variant];
}

export function sessionLabel(s: Pick<SessionSummary, 'title' | 'startedAt'>): string {
  return s.title ?? formatDate(s.startedAt);
}

function numberRow(id: string, label: string, unit: string, a: number | null, b: number | null, digits: number, show = (v: number | null) => formatNumber(v, unit, digits)): NumberRow {
  const diffValue = a != null && b != null && Number.isFinite(a) && Number.isFinite(b) ? b - a : null;
  // the sign of the difference as shown: one that rounds to nothing is ±0, not −0
  const shown = diffValue == null ? null : Number(diffValue.toFixed(digits));
  const diff = shown == null ? '—' : `${shown > 0 ? '+' : shown < 0 ? '−' : '±'}${formatNumber(Math.abs(shown), unit, digits)}`;
  return { kind: 'number', id, label, unit, a: show(a), b: show(b), diff, diffValue };
}

const perLeg = (id: string, label: string, unit: string, digits: number, pick: (x: GaitAnalysis, side: Side) => number | null) =>
  (a: GaitAnalysis, b: GaitAnalysis) => (['left', 'right'] as const).map((side) =>
    numberRow(`${id}-${side}`, `${label} ${LEG[side]}`, unit, pick(a, side), pick(b, side), digits));

export function summaryRows(A: CompareSide, B: CompareSide): SummaryRow[] {
  const a = A.analysis, b = B.analysis;
  const text = (id: string, label: string, pick: (s: CompareSide) => string): TextRow => ({ kind: 'text', id, label, a: pick(A), b: pick(B) });
  // distances compare only in the same unit (cm needs the person's height at analysis time)
  const sameUnit = a.knee_past_toe.unit === b.knee_past_toe.unit;
  const distUnit = UNIT_NAMES[a.knee_past_toe.unit];
  return [
    text('person', 'Person', (s) => s.person?.name ?? '—'),
    text('date', 'Date', (s) => formatDate(s.session.startedAt)),
    text('variant', 'Variant', (s) => variantLabel(s.session)),
    text('direction', 'Direction', (s) => s.analysis.direction),
    numberRow('cadence', 'Cadence', ' steps/min', a.cadence_spm, b.cadence_spm, 0),
    numberRow('step-time-si', 'Step-time symmetry', ' %', a.symmetry.step_time_si_pct, b.symmetry.step_time_si_pct, 1, formatSymmetry),
    ...perLeg('knee-rom', 'Knee range', '°', 0, (x, side) => x.knee.rom_deg[side])(a, b),
    ...perLeg('peak-kpt-deg', `${KNEE_PAST_TOE_LABELS.session} (angle)`, '°', 1, (x, side) => x.knee_past_toe.peak_angle_deg[side])(a, b),
    ...(sameUnit
      ? perLeg('peak-kpt-dist', KNEE_PAST_TOE_LABELS.session, distUnit, a.knee_past_toe.unit === 'cm' ? 1 : 2, (x, side) => x.knee_past_toe.peak[side])(a, b)
      : []),
    numberRow('balance', 'Balance (0–100)', '', a.balance.score, b.balance.score, 0),
    numberRow('steps', 'Steps', '', a.steps.count, b.steps.count, 0),
  ];
}
