import { useQuery } from '@tanstack/react-query';
import type { KneePastToeGoal, SessionSummary } from '../../../shared/api';
import {
  formatKneePastToe,
  KNEE_PAST_TOE_LABELS,
  KNEE_PAST_TOE_SESSION_HINT,
  kneePastToeUnit,
  sessionKneePastToe,
  type KneePastToeUnit,
} from '../../../shared/display/knee-past-toe';
import { kneePastToeSincePrevious } from '../../../shared/display/knee-past-toe-change';
import type { GaitAnalysis, Side } from '../../../shared/gait/types';
import { kneeGoalProgress } from '../../../shared/progress';
import { displayLength, lengthToCm, type UnitSystem } from '../../../shared/display/units';
import { sessionListQuery } from '../data/queries';
import { useUnitSystem } from '../units/use-unit-system';
import { VARIANT_LABELS, sessionName } from './details-form';
import { formatDate, formatNumber } from './format';

const LEGS: Array<[Side, string]> = [
  ['left', 'Left knee'],
  ['right', 'Right knee'],
];

/** A session's page part: its analysis, the session and its person's knee goal. */
export interface SessionAnalysisProps {
  analysis: GaitAnalysis;
  session: SessionSummary;
  goal: KneePastToeGoal | null;
}

/**
 * The session page's first card: each knee's typical step past the toes, as stored, with the
 * change since the person's previous walk of the same direction and variant (their list's numbers),
 * and whether it reached the person's target (in the target's unit: a degrees target is read
 * against the angles, which every session has).
 */
export function KneePastToeLead({ analysis: a, session, goal }: SessionAnalysisProps) {
  const system = useUnitSystem();
  const list = useQuery(sessionListQuery(session.personId, false));
  const change = list.data ? kneePastToeSincePrevious(list.data, session.id, system) : null;
  const previous = change ? list.data?.find((s) => s.id === change.previousId) : undefined;
  const unit = kneePastToeUnit(a);
  const kind = `${session.direction ?? 'unanalysed'} walk (${VARIANT_LABELS[session.variant].toLowerCase()})`;
  const inGoalUnit = goal && (goal.unit === 'deg' || unit === 'cm') ? goal.unit : unit;
  const target =
    goal &&
    kneeGoalProgress(
      { left: sessionKneePastToe(a, 'left', inGoalUnit), right: sessionKneePastToe(a, 'right', inGoalUnit) },
      inGoalUnit,
      goal,
    );
  return (
    <section className="card kpt-lead" aria-labelledby="kpt-lead-title" data-testid="detail-kpt">
      <h2 id="kpt-lead-title">{KNEE_PAST_TOE_LABELS.session}</h2>
      <p className="meaning">{KNEE_PAST_TOE_SESSION_HINT} + = the knee beyond the toes.</p>
      <div className="kpt-legs">
        {LEGS.map(([side, label]) => {
          const value = sessionKneePastToe(a, side, unit);
          const angle = unit === 'cm' ? sessionKneePastToe(a, side, 'deg') : null;
          const delta = change?.change[side] ?? null;
          return (
            <div key={side} className={`kpt-leg-card leg-${side}`}>
              <div className="kpt-leg-name">{label}</div>
              <div className="kpt-big" data-testid={`detail-kpt-${side}`} data-value={value ?? ''} data-unit={unit}>
                {formatKneePastToe(value, unit, system)}
              </div>
              {unit === 'cm' && (
                <div className="muted" data-testid={`detail-kpt-angle-${side}`} data-value={angle ?? ''}>
                  {formatKneePastToe(angle, 'deg')} as an angle
                </div>
              )}
              {target?.comparable && (
                <div
                  className={target.legs[side].met ? 'kpt-target met' : 'kpt-target'}
                  data-testid={`detail-kpt-target-${side}`}
                  data-met={target.legs[side].met}
                >
                  {targetWords(target.legs[side].value, target.target, target.unit, system)}
                </div>
              )}
              <div className="kpt-since" data-testid={`detail-kpt-change-${side}`} data-value={delta ?? ''}>
                {change && previous
                  ? `${formatKneePastToe(delta, change.unit, system, 'change')} since ${sessionName(previous, formatDate)}`
                  : list.data
                    ? `The first ${kind}: nothing to compare with yet.`
                    : ''}
              </div>
            </div>
          );
        })}
      </div>
      {target && !target.comparable && (
        <p className="meaning" data-testid="detail-kpt-target-other-unit">
          The target ({formatKneePastToe(target.target, target.unit, system)}) is a length: this session has no height,
          so its values are angles.
        </p>
      )}
      <p className="meaning">
        Steps with the knee past the toes: {formatNumber(a.knee_past_toe.steps_past_toe_pct, ' %')}
      </p>
    </section>
  );
}

/**
 * "Target 12.0 cm reached" or "Target 12.0 cm: 1.3 cm to go", from the values as shown (0.1; in
 * inches in imperial, so the gap is the difference of the two numbers on the card).
 */
function targetWords(value: number | null, target: number, unit: KneePastToeUnit, system: UnitSystem): string {
  const goal = `Target ${formatKneePastToe(target, unit, system)}`;
  if (value === null) return `${goal}: not measured`;
  if (value >= target) return `${goal} reached`;
  if (unit === 'deg') return `${goal}: ${formatKneePastToe(Math.round((target - value) * 10) / 10, unit)} to go`;
  const gap = Math.round((displayLength(target, system) - displayLength(value, system)) * 10) / 10;
  return `${goal}: ${formatKneePastToe(lengthToCm(gap, system), unit, system)} to go`;
}
