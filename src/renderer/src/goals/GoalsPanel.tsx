/**
 * The Progress screen's goals: the weekly backward minutes with the streak, the knee-past-toes
 * target against the latest backward walk, and a small edit of both (and kids mode).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/api';
import { formatKneePastToe, metricsKneePastToe } from '../../../shared/display/knee-past-toe';
import { useUnitSystem } from '../units/use-unit-system';
import { kneeGoalProgress } from '../../../shared/progress';
import { api } from '../api';
import { peopleChanged } from '../data/changes';
import { sessionListQuery } from '../data/queries';
import { goalsFormText, parseGoalsForm, type GoalsFormErrors } from '../people/goals-form';
import { GoalsFields } from '../people/GoalsFields';
import { MinutesGoal } from '../result/MinutesGoal';
import { ADULT_WORDS } from '../result/wording';
import '../styles/goals.css';
import { messageOf } from '../api/errors';

export function GoalsPanel({ person }: { person: Person }) {
  const [editing, setEditing] = useState(false);
  const { goals } = person;
  return (
    <section className="goals-panel" data-testid="goals-panel" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      {editing ? (
        <GoalsEdit person={person} onDone={() => setEditing(false)} />
      ) : (
        <>
          {goals.kneePastToe === null && goals.backwardMinPerWeek === null && (
            <p className="muted" data-testid="goals-none">
              No goals yet: set a target for the knee past the toes and backward minutes a week.
            </p>
          )}
          {goals.kneePastToe && <KneeGoal person={person} />}
          <MinutesGoal person={person} words={ADULT_WORDS} />
          <button type="button" data-testid="goals-edit" onClick={() => setEditing(true)}>
            Edit goals
          </button>
        </>
      )}
    </section>
  );
}

/** The target against the latest complete backward walk's stored values. */
function KneeGoal({ person }: { person: Person }) {
  const list = useQuery(sessionListQuery(person.id, false));
  const system = useUnitSystem();
  const goal = person.goals.kneePastToe!;
  const latest = list.data?.find((s) => s.status === 'complete' && s.direction === 'backward' && s.metrics);
  const values = latest ? metricsKneePastToe(latest.metrics, latest.heightCm) : null;
  const progress = values ? kneeGoalProgress(values, values.unit, goal) : null;
  return (
    <p data-testid="goals-knee">
      Knee past the toes: target <strong>{formatKneePastToe(goal.value, goal.unit, system)}</strong> each leg
      {progress?.comparable &&
        ` · latest backward walk: left ${formatKneePastToe(progress.legs.left.value, progress.unit, system)}${progress.legs.left.met ? ' ✓' : ''}, right ${formatKneePastToe(progress.legs.right.value, progress.unit, system)}${progress.legs.right.met ? ' ✓' : ''}`}
      {progress && !progress.comparable && ' · the latest backward walk is in another unit: not compared'}
      {!latest && list.isSuccess && ' · no backward walk yet'}
    </p>
  );
}

function GoalsEdit({ person, onDone }: { person: Person; onDone: () => void }) {
  const id = useId();
  const client = useQueryClient();
  const system = useUnitSystem();
  const [text, setText] = useState(() => goalsFormText(person, system));
  const [errors, setErrors] = useState<GoalsFormErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseGoalsForm(text, system, person.goals.kneePastToe);
    setErrors(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    setSaving(true);
    api['people.update']({ id: person.id, ...parsed.value })
      .then(() => peopleChanged(client))
      .then(onDone, (err: unknown) => setSaveError(messageOf(err)))
      .finally(() => setSaving(false));
  };
  return (
    <form onSubmit={submit} data-testid="goals-form" noValidate>
      <GoalsFields id={id} text={text} errors={errors} onChange={setText} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          Save goals
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {saveError && (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      )}
    </form>
  );
}
