/** Progress over time: pure functions on a person's sessions. Contract: ./types. */
export * from './types';
export { sessionMetrics } from './session-metrics';
export { buildProgressReport, type ProgressInput } from './report';
export { weeklyTotals } from './weekly';
export { personalBests } from './bests';
export { describeTrend, TREND_MIN_SESSIONS, TREND_MIN_HISTORY_DAYS } from './trend';
export { PROGRESS_METRICS, metricValue, metricSide, bestScore } from './metrics';
export { DIRECTION_FILTERS, inDirection, selectPoints, recordsDirection, recordPoints } from './direction';
export {
  weekStartOf,
  weekMinutes,
  weekStreak,
  minutesGoalProgress,
  kneeGoalProgress,
  type MinutesGoalProgress,
  type KneeGoalProgress,
} from './goals';
export { earlierWalks, type EarlierWalks, type EarlierSession } from './earlier-walks';
