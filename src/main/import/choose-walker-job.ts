/**
 * "Choose the walker": one of a session's results analysed again following the person the user
 * clicked in one frame (walker-prior.ts), tracked from there forward and backward. The session's own
 * result is replaced in place (its keypoints and analysis); another model's result is replaced as a
 * re-analysis would.
 */
import type { ApiRequest, SessionSummary } from '../../shared/api';
import { ApiError } from '../errors';
import type { SessionStore } from '../store/sessionStore';
import type { JobSpec } from './jobs';
import { analyseAgain, sessionVideo } from './reanalyse-job';
import { chosenWalkerPrior } from './walker-prior';

export function chooseWalkerJob(
  deps: { sessions: SessionStore; heightCm(): number | null },
  session: SessionSummary | null,
  request: ApiRequest<'sessions.chooseWalker'>,
): JobSpec {
  const { id, model, t, x, y } = request;
  const video = sessionVideo(session, id);
  if (!session!.results.some((r) => r.model === model)) {
    throw new ApiError(
      'not_found',
      `Session ${id} has no ${model} results to choose the walker in (it has: ${session!.results.map((r) => r.model).join(', ')}).`,
    );
  }
  const own = session!.model === model;
  return {
    kind: 'choose-walker',
    model,
    fileName: video.fileName,
    cleanup() {},
    async run(control) {
      const heightCm = deps.heightCm();
      const prior = { source: chosenWalkerPrior(video, { t, x, y }), followed: 'the person you chose' };
      const result = await analyseAgain(control, video, { model, heightCm, prior });
      if (own) deps.sessions.replaceOwnResult(id, result);
      else deps.sessions.saveResult(id, result);
      return { sessionId: id, frames: result.frames.length, warnings: result.warnings };
    },
  };
}
