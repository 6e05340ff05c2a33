/** What the handler groups share: the open database (replaced by a restore), files and the clock. */
import type { z } from 'zod';
import type { ApiChannel, ApiResponses, AppInfo, apiRequests, SessionSummary } from '../../shared/api';
import type { Stores } from '../store/stores';
import type { VideoStore } from '../video/videoStore';

/** A handler receives the payload already validated (zod output) by the dispatcher. */
export type ApiHandlers = {
  [C in ApiChannel]: (payload: z.output<(typeof apiRequests)[C]>) => ApiResponses[C] | Promise<ApiResponses[C]>;
};

export interface ServiceContext {
  /** The stores of the database open now: read it at each call, a restore replaces it. */
  store(): Stores;
  videos: VideoStore;
  dataDir: string;
  mode: AppInfo['mode'];
  now(): Date;
  /** Deletes a session for good, with Retrowalk's own copy of its video. */
  purge(session: SessionSummary): boolean;
}
