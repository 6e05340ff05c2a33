import type { GaitAnalysis } from '../../../shared/gait';
import { BALANCE_MEANING, formatScore } from '../../../shared/display/scores';
import { formatNumber, symmetryFacts } from '../sessions/format';
import { KneePastToeFact } from '../sessions/KneePastToeFact';

/** The session summary from the gait module: each knee's typical step past the toes first, then direction, cadence, symmetry, balance grade and why. */
export function ReplaySummary({ analysis: a, warnings }: { analysis: GaitAnalysis; warnings: string[] }) {
  return (
    <section className="replay-summary card" aria-labelledby="replay-summary-title" data-testid="replay-summary">
      <h2 id="replay-summary-title">Summary</h2>
      {warnings.map((w) => (
        <p key={w} className="notice warn">
          {w}
        </p>
      ))}
      <dl className="facts compact">
        <KneePastToeFact analysis={a} wide testId="replay-kpt" />
        <div className="fact">
          <dt>Direction</dt>
          <dd className="capitalize" data-testid="replay-direction">
            {a.direction}
          </dd>
        </div>
        <div className="fact">
          <dt>Cadence</dt>
          <dd>{formatNumber(a.cadence_spm, ' steps/min')}</dd>
        </div>
        <div className="fact">
          <dt>Steps</dt>
          <dd>
            {a.steps.count} (L {a.steps.left} · R {a.steps.right})
          </dd>
        </div>
        <div className="fact">
          <dt>Camera view</dt>
          <dd className="capitalize">{a.quality.view}</dd>
        </div>
      </dl>
      <h3>Symmetry (0 % = both legs alike)</h3>
      <dl className="facts compact">
        {symmetryFacts(a).map(({ key, label, value }) => (
          <div className="fact" key={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>Balance</h3>
      <p className="balance-grade" data-testid="replay-balance">
        {formatScore(a.balance.score)}
      </p>
      <p className="muted">{BALANCE_MEANING}</p>
      <p className="muted">{a.balance.explanation}</p>
    </section>
  );
}
