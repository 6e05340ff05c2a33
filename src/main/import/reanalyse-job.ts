/** Re-analysing a session's video with another model: a new result kept beside the session's others. */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ModelName, SessionSummary } from '../../shared/api';
import { ApiError } from '../errors';
import type { SessionStore } from '../store/sessionStore';
import { analyseFile } from './analyse-file';
import type { JobSpec } from './jobs';

/** Checks at once (the API call fails) what can be known before the job starts. */
export function reanalyseJob(deps: { sessions: SessionStore; heightCm(): number | null }, session: SessionSummary | null, id: number, model: ModelName): JobSpec {
  if (!session) throw new ApiError('not_found', `No session with id ${id}.`);
  if (session.status === 'recording') throw new ApiError('invalid_payload', `Session ${id} is still recording; re-analyse it once it is saved.`);
  if (session.model === model) {
    throw new ApiError('invalid_payload', `Session ${id} was analysed with ${model} already; re-analyse it with the other model.`);
  }
  const path = session.videoPath;
  if (!path) throw new ApiError('not_found', `Session ${id} has no video, so it cannot be re-analysed.`);
  if (!existsSync(path)) {
    throw new ApiError('not_found', `Session ${id}'s video is missing (${path}): it was moved or deleted, so the session cannot be re-analysed.`);
  }
  const fileName = session.originalName ?? basename(path);
  return {
    kind: 'reanalyse',
    model,
    fileName,
    cleanup() {},
    async run(control) {
      const heightCm = deps.heightCm();
      const { file, analysis, warnings } = await analyseFile(control, { path, fileName }, { model, heightCm });
      control.stage('saving');
      control.checkCancelled();
      const result = { model, width: file.width, height: file.height, frames: file.frames, direction: analysis.direction, analysis, analysedHeightCm: heightCm, warnings };
      deps.sessions.saveResult(id, result);
      return { sessionId: id, frames: file.frames.length, warnings };
    },
  };
}
