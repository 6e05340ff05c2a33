/**
 * The two sessions' summary numbers side by side, with the difference B − A in the number's unit
 * (read straight off each session's GaitAnalysis; no maths of their own beyond the subtraction of
 * the values as shown). Knee past the toes first, in one unit; every row's label is its own.
 */
import type { Person, SessionSummary } from '../../../shared/api';
import type { GaitAnalysis, Side } from '../../../shared/gait';
import { KNEE_PAST_TOE_LABELS } from '../../../shared/display/knee-past-toe';
import { formatScore, SCORE_DIRECTION } from '../../../shared/display/scores';
import { displayLength, formatMass, lengthUnit, type UnitSystem } from '../../../shared/display/units';
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
  /** B − A of the values as shown, with its sign and unit; '—' when either is missing (or their units differ). */
  diff: string;
  /** That difference as a number (of the shown, rounded values), null where none. */
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

const VARIANTS: Record<SessionSummary['variant'], string> = {
  flat: 'Flat ground',
  uphill: 'Uphill',
  'treadmill-off': 'Treadmill (off)',
  sled: 'Sled',
};
const LEG = { left: 'Left', right: 'Right' } as const;

/** "Sled, 20 kg" ("Sled, 44.1 lb" in imperial), else the variant's name. */
export function variantLabel(s: Pick<SessionSummary, 'variant' | 'loadKg'>, system: UnitSystem = 'metric'): string {
  return s.variant === 'sled' && s.loadKg != null
    ? `${VARIANTS.sled}, ${formatMass(s.loadKg, system)}`
    : VARIANTS[s.variant];
}

export function sessionLabel(s: Pick<SessionSummary, 'title' | 'startedAt'>): string {
  return s.title ?? formatDate(s.startedAt);
}

/** A value as the row shows it: rounded to `digits` (the SI below 0.5 % is shown as 0, "symmetric"). */
type Shown = (v: number, digits: number) => number;
const rounded: Shown = (v, digits) => Number(v.toFixed(digits));
const symmetryShown: Shown = (v, digits) => (Math.abs(v) < 0.5 ? 0 : rounded(v, digits));

/**
 * The difference B − A of the values as shown (99 vs 98 steps/min: −1, even when the raw values
 * are 98.6 and 98.4), at their precision; "±0" only when both show the same number.
 */
export function shownDifference(
  a: number | null,
  b: number | null,
  digits: number,
  shown: Shown = rounded,
): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return rounded(shown(b, digits) - shown(a, digits), digits) + 0; // + 0 turns −0 into 0
}

/** "+1 steps/min", "−0.4 cm", "±0°": the sign spelled out, the unit kept. */
export function formatDifference(diff: number | null, unit: string, digits: number): string {
  if (diff == null) return '—';
  return `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${formatNumber(Math.abs(diff), unit, digits)}`;
}

function numberRow(
  id: string,
  label: string,
  unit: string,
  a: number | null,
  b: number | null,
  digits: number,
  show = (v: number | null) => formatNumber(v, unit, digits),
  shown: Shown = rounded,
): NumberRow {
  const diffValue = shownDifference(a, b, digits, shown);
  return {
    kind: 'number',
    id,
    label,
    unit,
    a: show(a),
    b: show(b),
    diff: formatDifference(diffValue, unit, digits),
    diffValue,
  };
}

/** Each leg's row; the label names the leg and the unit, so an angle row and a distance row never share one. */
const perLeg =
  (
    id: string,
    label: string,
    unit: string,
    unitName: string,
    digits: number,
    pick: (x: GaitAnalysis, side: Side) => number | null,
  ) =>
  (a: GaitAnalysis, b: GaitAnalysis) =>
    (['left', 'right'] as const).map((side) =>
      numberRow(
        `${id}-${side}`,
        `${LEG[side]} ${label.toLowerCase()} (${unitName})`,
        unit,
        pick(a, side),
        pick(b, side),
        digits,
      ),
    );

export function summaryRows(A: CompareSide, B: CompareSide, system: UnitSystem = 'metric'): SummaryRow[] {
  const a = A.analysis,
    b = B.analysis;
  const text = (id: string, label: string, pick: (s: CompareSide) => string): TextRow => ({
    kind: 'text',
    id,
    label,
    a: pick(A),
    b: pick(B),
  });
  // knee past the toes first, in one unit as on every screen: cm when both walks have cm (a
  // height; inches in imperial), else degrees (which need none); never the same label twice in two units
  const inCm = a.knee_past_toe.unit === 'cm' && b.knee_past_toe.unit === 'cm';
  const length = lengthUnit(system);
  const kneePastToe = inCm
    ? perLeg('peak-kpt-dist', KNEE_PAST_TOE_LABELS.session, ` ${length}`, length, 1, (x, side) => {
        const cm = x.knee_past_toe.peak[side];
        return cm == null ? null : displayLength(cm, system);
      })
    : perLeg(
        'peak-kpt-deg',
        KNEE_PAST_TOE_LABELS.session,
        '°',
        '°',
        1,
        (x, side) => x.knee_past_toe.peak_angle_deg[side],
      );
  return [
    text('person', 'Person', (s) => s.person?.name ?? '—'),
    text('date', 'Date', (s) => formatDate(s.session.startedAt)),
    text('variant', 'Variant', (s) => variantLabel(s.session, system)),
    text('direction', 'Direction', (s) => s.analysis.direction),
    ...kneePastToe(a, b),
    numberRow('cadence', 'Cadence', ' steps/min', a.cadence_spm, b.cadence_spm, 0),
    numberRow(
      'step-time-si',
      'Step-time symmetry',
      ' %',
      a.symmetry.step_time_si_pct,
      b.symmetry.step_time_si_pct,
      1,
      formatSymmetry,
      symmetryShown,
    ),
    ...perLeg('knee-rom', 'Knee range', '°', '°', 0, (x, side) => x.knee.rom_deg[side])(a, b),
    numberRow(
      'balance',
      `Balance (/100, ${SCORE_DIRECTION})`,
      ' points',
      a.balance.score,
      b.balance.score,
      0,
      formatScore,
    ),
    numberRow('steps', 'Steps', '', a.steps.count, b.steps.count, 0),
  ];
}
