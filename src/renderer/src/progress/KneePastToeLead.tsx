import { useId } from 'react';
import type { Side } from '../../../shared/gait/types';
import { formatKneePastToe, type KneePastToeUnit } from '../../../shared/display/knee-past-toe';
import { useUnitSystem } from '../units/use-unit-system';

export interface KneePastToeLeadData {
  unit: KneePastToeUnit;
  /** The session's stored value per leg (the typical step). */
  values: Record<Side, number | null>;
  /** Since the previous walk of the same direction and variant, in the app's units; null for the first of its kind. */
  change: Record<Side, number | null> | null;
  /** Which walk the values are from, e.g. "your latest backward walk (Dec 4, 2026)". */
  of: string;
  /** Which walk the change is against, e.g. "Dec 1, 2026, flat ground"; null without one. */
  since: string | null;
}

const LEGS: Side[] = ['left', 'right'];

/**
 * What people come for, first: how far each knee travels past the toes (the typical step), and how
 * that changed since the last walk of the same kind. The same stored value as on every screen.
 */
export function KneePastToeLead({
  data,
  valueTestIds,
}: {
  data: KneePastToeLeadData;
  /** Test ids of the two values, where a page names them its own way. */
  valueTestIds?: Record<Side, string>;
}) {
  const { unit, values, change, of, since } = data;
  const title = useId();
  const system = useUnitSystem();
  return (
    <section className="knee-lead" data-testid="knee-lead" aria-labelledby={title}>
      <h2 id={title}>Knee past the toes, typical step</h2>
      <div className="knee-lead-legs">
        {LEGS.map((side) => (
          <div key={side} className={`knee-lead-leg leg-${side}`} data-testid={`knee-lead-${side}`}>
            <span className="knee-lead-side">{side === 'left' ? 'Left knee' : 'Right knee'}</span>
            <strong
              className="knee-lead-value"
              data-testid={valueTestIds?.[side] ?? `knee-lead-${side}-value`}
              data-value={values[side] ?? ''}
            >
              {formatKneePastToe(values[side], unit, system)}
            </strong>
            {change && (
              <span
                className="knee-lead-change"
                data-testid={`knee-lead-${side}-change`}
                data-value={change[side] ?? ''}
              >
                {formatKneePastToe(change[side], unit, system, 'change')} since last time
              </span>
            )}
          </div>
        ))}
      </div>
      <p className="knee-lead-note">
        Of {of}
        {since ? `; last time: ${since}` : '; the first walk of its kind, so no change yet'}. Larger = the knee travels
        further beyond the toes, the aim of walking backward.
        {unit === 'deg'
          ? ` In degrees: enter a height on the People screen for ${system === 'imperial' ? 'inches' : 'centimetres'}.`
          : ''}
      </p>
    </section>
  );
}
