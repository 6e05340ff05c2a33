/**
 * The reads from the main process, as TanStack Query options: the typed API client is each query's
 * function, keyed by query-keys.ts. Screens read them with useQuery; changes invalidate them.
 */
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { ModelName, SessionListItem, Variant } from '../../../shared/api';
import type { DirectionFilter } from '../../../shared/progress/types';
import { api } from '../api';
import { isFinished, JOB_POLL_MS } from './job-state';
import { queryKeys } from './query-keys';

const newestFirst = (list: SessionListItem[]) => [...list].sort((a, b) => b.startedAt.localeCompare(a.startedAt));

export const appInfoQuery = () =>
  queryOptions({ queryKey: queryKeys.appInfo, queryFn: () => api['app.info']({}), staleTime: Infinity });

export const settingsQuery = () =>
  queryOptions({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']({}) });

export const peopleQuery = () => queryOptions({ queryKey: queryKeys.people, queryFn: () => api['people.list']({}) });

/** A person's sessions or trash, newest first; `personId` null: the store's default person. */
export const sessionListQuery = (personId: number | null, trash: boolean) =>
  queryOptions({
    queryKey: queryKeys.sessionList(personId, trash),
    queryFn: async () => newestFirst(await api['sessions.list'](personId === null ? { trash } : { personId, trash })),
  });

/** A whole session, with its analyses; null when no such session exists. */
export const sessionQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.session(id), queryFn: () => api['sessions.get']({ id }) });

/**
 * The keypoints of one of a session's results (`model` null: its own), labelled with whose they are,
 * so a screen still showing the previous result's keypoints while another's load knows which they are.
 */
export const framesQuery = (id: number, model: ModelName | null) =>
  queryOptions({
    queryKey: queryKeys.framesOf(id, model),
    queryFn: async () => ({ id, model, frames: await api['sessions.frames']({ id, model: model ?? undefined }) }),
    staleTime: Infinity,
    // the largest reads (a long walk's keypoints run to many megabytes): kept only while shown
    gcTime: 0,
  });

/** Everyone the multi-person model finds in the frame of session `id` nearest `t` ms. */
export const framePeopleQuery = (id: number, t: number) =>
  queryOptions({
    queryKey: queryKeys.framePeople(id, t),
    queryFn: () => api['sessions.people']({ id, t }),
    staleTime: Infinity,
  });

/** The user's clock, so weeks and "4 weeks ago" follow their local dates. */
const localUtcOffsetMin = (): number => -new Date().getTimezoneOffset();

/** A person's progress report: one variant or all (null), backward walks, forward ones or all. */
export const progressQuery = (personId: number, variant: Variant | null, direction: DirectionFilter) =>
  queryOptions({
    queryKey: queryKeys.progressOf(personId, variant, direction),
    queryFn: () => api['progress.get']({ personId, variant, direction, utcOffsetMin: localUtcOffsetMin() }),
  });

/** An import or re-analysis job's status, polled while it runs (null: no job). */
export const jobQuery = (jobId: string | null) =>
  queryOptions({
    queryKey: queryKeys.job(jobId),
    queryFn: jobId === null ? skipToken : () => api['import.status']({ jobId }),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : JOB_POLL_MS),
    // the job runs on whether or not the window is in front, and its end opens what it made
    refetchIntervalInBackground: true,
  });
