import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { sessionListQuery } from '../data/queries';
import { KneePastToeLead } from '../progress/KneePastToeLead';
import { formatScore, SCORE_DIRECTION } from '../../../shared/display/scores';
import { unreadableWarning } from '../../../shared/display/data-quality';
import { formatDate, symmetryFacts } from '../sessions/format';
import { Notice } from '../app/Notice';
import { ColumnHeads } from '../app/ColumnHeads';
import { KneeFlexionChart } from './KneeFlexionChart';
import { ReportFooter } from './ReportFooter';
import {
  detailFacts,
  keyFacts,
  legStepRows,
  localDate,
  personName,
  reportFileName,
  sessionLead,
  type ReportFact,
} from './session-report-data';
import { useSessionReport } from './use-session-report';
import { formatHeight } from '../../../shared/display/units';
import { useUnitSystem } from '../units/use-unit-system';

const CHART_WIDTH = 690;

/** One page about one walk: who, when, how, the key numbers, the knee curve and each leg's steps. */
export function SessionReport({ sessionId, onReady }: { sessionId: number; onReady: (suggestedName: string) => void }) {
  const { data, error } = useSessionReport(sessionId);
  // the person's other walks: the change since the last one of the same direction and variant
  const personId = data?.session.personId ?? null;
  const others = useQuery({ ...sessionListQuery(personId, false), enabled: personId !== null });
  const system = useUnitSystem();
  const lead = useMemo(
    () => (data ? sessionLead(data.analysis, sessionId, others.data ?? [], system) : null),
    [data, sessionId, others.data, system],
  );

  useEffect(() => {
    if (data) onReady(reportFileName([personName(data.person), data.session.title, localDate(data.session.startedAt)]));
  }, [data, onReady]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data || !lead)
    return (
      <p className="muted" role="status">
        Loading the session…
      </p>
    );
  const { session, person, analysis: a, series } = data;
  const unreadable = unreadableWarning(a.quality.confident_frames_pct);
  const legs = legStepRows(a.step_list);

  return (
    <div className="report session-report" data-testid="session-report" data-ready={others.isFetched}>
      <header className="report-head">
        <div>
          <p className="report-kind">Retrowalk · session report</p>
          <h1>{session.title ?? `Backward walk of ${formatDate(session.startedAt)}`}</h1>
          <p>
            <strong data-testid="report-person">{personName(person)}</strong>
            {session.heightCm ? ` · ${formatHeight(session.heightCm, system)}` : ''} · {formatDate(session.startedAt)}
          </p>
        </div>
        <Facts facts={detailFacts(session, system)} className="report-details" />
      </header>

      <KneePastToeLead data={lead} valueTestIds={{ left: 'report-kpt-left', right: 'report-kpt-right' }} />
      {unreadable && (
        <p className="report-warning" data-testid="report-unreadable">
          {unreadable}
        </p>
      )}

      <section>
        <h2>Key numbers</h2>
        <Facts facts={keyFacts(a)} className="report-facts" />
      </section>

      <section className="report-two">
        <div>
          <h2>Symmetry (0 % = both legs alike)</h2>
          <Facts facts={symmetryFacts(a)} className="report-facts narrow" />
        </div>
        <div>
          <h2>Balance ({SCORE_DIRECTION})</h2>
          <p className="report-grade" data-testid="report-balance">
            {formatScore(a.balance.score)}
          </p>
          <p className="report-explain">{a.balance.explanation}</p>
        </div>
      </section>

      <section>
        {series ? (
          <KneeFlexionChart series={series} analysis={a} width={CHART_WIDTH} height={170} />
        ) : (
          <p className="muted">Too few confident keypoints for a knee-flexion chart.</p>
        )}
      </section>

      <section>
        <h2>Steps per leg</h2>
        <table className="report-table" data-testid="report-steps">
          <ColumnHeads
            heads={[
              'Leg',
              'Steps',
              'Mean step time',
              'Mean stance',
              'Mean peak knee flexion',
              'Steps with the knee past the toes',
            ]}
          />
          <tbody>
            {legs.map((r) => (
              <tr key={r.side} className={`leg-${r.side}`}>
                <th scope="row">{r.leg}</th>
                <td>{r.steps}</td>
                <td>{r.stepTime}</td>
                <td>{r.stanceTime}</td>
                <td>{r.peakKneeFlexion}</td>
                <td>{r.pastToes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {session.notes.trim() && (
        <section>
          <h2>Notes</h2>
          <p className="report-notes">{session.notes}</p>
        </section>
      )}
      <ReportFooter />
    </div>
  );
}

function Facts({ facts, className }: { facts: ReportFact[]; className: string }) {
  return (
    <dl className={className}>
      {facts.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd data-testid={f.testId}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
