/**
 * The answer after every take: per leg the session's knee past the toes (as stored) against last
 * time and the best before, steps, cadence, direction and the balance grade with its reason, the
 * person's goals, and what to do with the take (open the replay, keep it, or discard it to the Trash).
 * Kids mode (a person's flag) says it in plain words with a star per step past the toes.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person, SessionListItem, SessionSummary } from '../../../shared/api';
import { formatKneePastToe, kneePastToeUnit, sessionKneePastToe } from '../../../shared/display/knee-past-toe';
import type { GaitAnalysis, Side } from '../../../shared/gait/types';
import { earlierWalks, kneeGoalProgress } from '../../../shared/progress';
import { api } from '../api';
import { sessionsChanged } from '../data/changes';
import { peopleQuery, sessionListQuery, sessionQuery } from '../data/queries';
import { paths } from '../routes/paths';
import { formatDuration, formatNumber } from '../sessions/format';
import { readAnalysis } from '../sessions/read-analysis';
import '../styles/result.css';
import { MinutesGoal } from './MinutesGoal';
import { Stars } from './Stars';
import { TrimForm } from './TrimForm';
import { wordingFor, type Wording } from './wording';
import { useUnitSystem } from '../units/use-unit-system';

const SIDES: readonly Side[] = ['left', 'right'];

interface Props {
  sessionId: number;
  /** Keep (or after Discard): the card goes away. */
  onClose: () => void;
}

export function ResultCard({ sessionId, onClose }: Props) {
  const session = useQuery(sessionQuery(sessionId));
  const people = useQuery(peopleQuery());
  const person = people.data?.find((p) => p.id === session.data?.personId) ?? null;
  if (session.error)
    return <CardShell onClose={onClose} message={`Could not load the take: ${session.error.message}`} />;
  if (!session.data || !person) return <CardShell onClose={onClose} message="Reading the take…" />;
  return <LoadedCard session={session.data} person={person} onClose={onClose} />;
}

function CardShell({ message, onClose }: { message: string; onClose: () => void }) {
  return (
    <section className="result-card" data-testid="result-card" aria-label="Result of the take">
      <p role="status">{message}</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}

function LoadedCard({ session, person, onClose }: { session: SessionSummary; person: Person; onClose: () => void }) {
  const words = wordingFor(person.kidsMode);
  const analysis = readAnalysis(session.analysis);
  const client = useQueryClient();
  const [trimming, setTrimming] = useState(false);
  const discard = useMutation({
    mutationFn: () => api['sessions.delete']({ id: session.id }),
    onSuccess: () => void sessionsChanged(client),
  });
  const restore = useMutation({
    mutationFn: () => api['sessions.restore']({ id: session.id }),
    onSuccess: () => {
      discard.reset();
      void sessionsChanged(client);
    },
  });

  if (discard.isSuccess)
    return (
      <section className="result-card" data-testid="result-card" data-discarded="true" aria-label="Result of the take">
        <p role="status" data-testid="result-discarded">
          The take is in the Trash (restorable for 30 days).
        </p>
        <div className="result-actions">
          <button type="button" onClick={() => restore.mutate()} disabled={restore.isPending}>
            Undo
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </section>
    );

  return (
    <section
      className={`result-card${person.kidsMode ? ' kids' : ''}`}
      data-testid="result-card"
      data-session-id={session.id}
      data-kids={person.kidsMode}
      aria-labelledby="result-title"
    >
      <h2 id="result-title">
        {words.title} <span className="muted">· {person.name}</span>
      </h2>
      {analysis ? (
        <ResultNumbers session={session} analysis={analysis} person={person} words={words} />
      ) : (
        <p data-testid="result-no-analysis">{words.noAnalysis}</p>
      )}
      <MinutesGoal person={person} words={words} />
      {(discard.error ?? restore.error) && (
        <p className="notice error" role="alert">
          {(discard.error ?? restore.error)!.message}
        </p>
      )}
      {session.trim && (
        <p className="muted" data-testid="result-trimmed">
          Kept: {session.trim.startS} s to {session.trim.endS} s of the take.
        </p>
      )}
      {trimming && <TrimForm session={session} onDone={() => setTrimming(false)} />}
      <div className="result-actions">
        <Link className="button" to={paths.replay(session.id)} data-testid="result-replay">
          Open replay
        </Link>
        <button type="button" data-testid="result-keep" onClick={onClose}>
          Keep
        </button>
        <button
          type="button"
          data-testid="result-trim"
          onClick={() => setTrimming(true)}
          title="Keep only a part of the take and analyse it again"
        >
          Trim
        </button>
        <button
          type="button"
          data-testid="result-discard"
          onClick={() => discard.mutate()}
          disabled={discard.isPending}
          title="Move this take to the Trash (restorable for 30 days)"
        >
          Discard
        </button>
      </div>
    </section>
  );
}

function ResultNumbers({
  session,
  analysis,
  person,
  words,
}: {
  session: SessionSummary;
  analysis: GaitAnalysis;
  person: Person;
  words: Wording;
}) {
  const unit = kneePastToeUnit(analysis);
  const system = useUnitSystem();
  const list = useQuery(sessionListQuery(person.id, false));
  const earlier = earlierWalks(list.data ?? ([] as SessionListItem[]), session, unit);
  const values = {
    left: sessionKneePastToe(analysis, 'left', unit),
    right: sessionKneePastToe(analysis, 'right', unit),
  };
  const goal = person.goals.kneePastToe ? kneeGoalProgress(values, unit, person.goals.kneePastToe) : null;
  const pastToes = analysis.step_list.filter((s) => s.knee_past_toe === true).length;
  const direction = analysis.direction;

  return (
    <>
      <table className="figures-table result-knees" aria-label={words.kneePastToes}>
        <caption>{words.kneePastToes}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{words.thisWalk}</th>
            <th scope="col">{words.lastTime}</th>
            <th scope="col">{words.bestBefore}</th>
            {goal && <th scope="col">{words.goal}</th>}
          </tr>
        </thead>
        <tbody>
          {SIDES.map((side) => {
            const value = values[side];
            const best = earlier.best[side];
            const newBest = value !== null && list.isSuccess && (best === null || value > best.value);
            return (
              <tr key={side}>
                <th scope="row">{words.leg[side]}</th>
                <td className="result-value" data-testid={`result-knee-${side}`} data-value={value ?? ''}>
                  {formatKneePastToe(value, unit, system)}
                  {newBest && earlier.last && <span className="badge good"> {words.newBest}</span>}
                </td>
                <td data-testid={`result-last-${side}`}>
                  {earlier.last ? formatKneePastToe(earlier.last.values[side], unit, system) : '—'}
                </td>
                <td data-testid={`result-best-${side}`}>{best ? formatKneePastToe(best.value, unit, system) : '—'}</td>
                {goal && (
                  <td data-testid={`result-goal-${side}`} data-met={goal.comparable ? goal.legs[side].met : ''}>
                    {goal.comparable
                      ? `${formatKneePastToe(goal.target, goal.unit, system)}: ${goal.legs[side].met ? words.goalMet : words.goalNotYet}`
                      : words.goalOtherUnit(goal.unit === 'cm' ? (system === 'imperial' ? 'inches' : 'cm') : 'degrees')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {person.kidsMode && <Stars count={pastToes} label={words.stepsPastToes(pastToes, analysis.steps.count)} />}
      <dl className="result-facts">
        <div>
          <dt>{words.steps}</dt>
          <dd data-testid="result-steps">{analysis.steps.count}</dd>
        </div>
        {!person.kidsMode && (
          <div>
            <dt>{words.pastToesLabel}</dt>
            <dd data-testid="result-past-toes">{words.stepsPastToes(pastToes, analysis.steps.count)}</dd>
          </div>
        )}
        {words.cadence && (
          <div>
            <dt>{words.cadence}</dt>
            <dd data-testid="result-cadence">{formatNumber(analysis.cadence_spm, ' steps/min')}</dd>
          </div>
        )}
        <div>
          <dt>{words.direction}</dt>
          <dd data-testid="result-direction" data-value={direction}>
            {words.directions[direction] ?? direction}
          </dd>
        </div>
        <div>
          <dt>{words.time}</dt>
          <dd data-testid="result-duration">{formatDuration(session.durationMs)}</dd>
        </div>
        {words.balance && (
          <div className="wide">
            <dt>{words.balance}</dt>
            <dd data-testid="result-balance" data-value={analysis.balance.score ?? ''}>
              {formatNumber(analysis.balance.score, ' of 100')}
              <span className="muted" data-testid="result-balance-reason">
                {' '}
                {analysis.balance.explanation}
              </span>
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}
