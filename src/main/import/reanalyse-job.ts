/**
 * Re-analysing a session's video with another model: a new result kept beside the session's others.
 * It follows the person the session's own keypoints follow (walker-prior.ts), never a walker picked
 * afresh, so both results, and Compare, are about the same person.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ModelName, SessionSummary } from '../../shared/api';
import { ApiError } from '../errors';
import type { AnalysedVideo, SessionStore } from '../store/sessionStore';
import { analyseFile, type PriorSource } from './analyse-file';
import type { JobControl, JobSpec } from './jobs';
import { storedTrackPrior } from './walker-prior';

/** The session's video, checked usable for analysing it again (the API call fails otherwise). */
export function sessionVideo(session: SessionSummary | null, id: number): { path: string; fileName: string } {
  if (!session) throw new ApiError('not_found', `No session with id ${id}.`);
  if (session.status === 'recording')
    throw new ApiError('invalid_payload', `Session ${id} is still recording; re-analyse it once it is saved.`);
  const path = session.videoPath;
  if (!path) throw new ApiError('not_found', `Session ${id} has no video, so it cannot be re-analysed.`);
  if (!existsSync(path)) {
    throw new ApiError(
      'not_found',
      `Session ${id}'s video is missing (${path}): it was moved or deleted, so the session cannot be re-analysed.`,
    );
  }
  return { path, fileName: session.originalName ?? basename(path) };
}

/**
 * The session's video analysed again with `model`, following `prior`: the result to save, once the
 * job is at its saving stage and not cancelled.
 */
export async function analyseAgain(
  control: JobControl,
  video: { path: string; fileName: string },
  options: { model: ModelName; heightCm: number | null; prior: { source: PriorSource; followed: string } },
): Promise<AnalysedVideo> {
  const { file, analysis, warnings } = await analyseFile(control, video, options);
  control.stage('saving');
  control.checkCancelled();
  return {
    model: options.model,
    width: file.width,
    height: file.height,
    frames: file.frames,
    direction: analysis.direction,
    analysis,
    analysedHeightCm: options.heightCm,
    warnings,
  };
}

/** Checks at once (the API call fails) what can be known before the job starts. */
export function reanalyseJob(
  deps: { sessions: SessionStore; heightCm(): number | null },
  session: SessionSummary | null,
  id: number,
  model: ModelName,
): JobSpec {
  const video = sessionVideo(session, id);
  if (session!.model === model) {
    throw new ApiError(
      'invalid_payload',
      `Session ${id} was analysed with ${model} already; re-analyse it with the other model.`,
    );
  }
  const own = { width: session!.width };
  return {
    kind: 'reanalyse',
    model,
    fileName: video.fileName,
    cleanup() {},
    async run(control) {
      const heightCm = deps.heightCm();
      const prior = {
        source: storedTrackPrior(deps.sessions.frames(id), own),
        followed: "the same person as the session's own analysis",
      };
      const result = await analyseAgain(control, video, { model, heightCm, prior });
      deps.sessions.saveResult(id, result);
      return { sessionId: id, frames: result.frames.length, warnings: result.warnings };
    },
  };
}
