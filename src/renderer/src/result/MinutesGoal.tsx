/** A person's weekly backward-minutes goal: this week's minutes, a bar and the streak (result card, Progress). */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Person } from '../../../shared/api';
import { minutesGoalProgress, weekStartOf } from '../../../shared/progress';
import { progressQuery } from '../data/queries';
import type { Wording } from './wording';

export function MinutesGoal({ person, words }: { person: Person; words: Wording }) {
  const goalMin = person.goals.backwardMinPerWeek;
  // the week it is when the card is shown
  const [thisWeek] = useState(() => weekStartOf(Date.now(), -new Date().getTimezoneOffset()));
  // every walk's backward time counts toward the week, whatever its main direction or variant
  const report = useQuery({ ...progressQuery(person.id, null, 'all'), enabled: goalMin !== null });
  if (goalMin === null) return null;
  if (!report.data) return <p className="muted">{report.error ? report.error.message : '…'}</p>;
  const progress = minutesGoalProgress(report.data.weekly, goalMin, thisWeek);
  return (
    <div className="minutes-goal" data-testid="minutes-goal" data-minutes={progress.minutes} data-met={progress.met}>
      <p>{words.weekGoal(progress.minutes.toFixed(1), String(goalMin))}</p>
      <div
        className="goal-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={goalMin}
        aria-valuenow={progress.minutes}
        aria-label={words.weekGoal(progress.minutes.toFixed(1), String(goalMin))}
      >
        <span style={{ width: `${(progress.share * 100).toFixed(1)}%` }} />
      </div>
      <p className="streak" data-testid="goal-streak" data-weeks={progress.streakWeeks}>
        {words.streak(progress.streakWeeks)}
      </p>
    </div>
  );
}
