/**
 * Every cache key of the data read from the main process, in one place: reads are cached under
 * them and each change invalidates the ones it makes stale (changes.ts). Keys are nested, so a
 * prefix (e.g. queryKeys.sessions) names every entry below it.
 */
import type { ModelName, Variant } from '../../../shared/api';
import type { DirectionFilter } from '../../../shared/progress/types';

export const queryKeys = {
  appInfo: ['app-info'] as const,
  settings: ['settings'] as const,
  people: ['people'] as const,
  /** Every session read: the lists and whole sessions. */
  sessions: ['sessions'] as const,
  /** A person's sessions (null: the store's default person), or their trash. */
  sessionList: (personId: number | null, trash: boolean) => ['sessions', 'list', personId, trash] as const,
  session: (id: number) => ['sessions', 'one', id] as const,
  /** A session's keypoints: they change only when one of its results is analysed again. */
  frames: (id: number) => ['frames', id] as const,
  framesOf: (id: number, model: ModelName | null) => ['frames', id, model] as const,
  /** Everyone in one frame of a session's video: the video never changes. */
  framePeople: (id: number, t: number) => ['frame-people', id, t] as const,
  progress: ['progress'] as const,
  progressOf: (personId: number, variant: Variant | null, direction: DirectionFilter) =>
    ['progress', personId, variant, direction] as const,
  job: (jobId: string | null) => ['job', jobId] as const,
};
