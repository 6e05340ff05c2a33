/** sessions.people: everyone in one frame of a session's video, for the "Choose the walker" picker. */
import type { ApiResponses } from '../../shared/api';
import { AnalysisFailed } from '../../node/parallel/analyse-video';
import { ApiError } from '../errors';
import { probe } from './analyse-file';
import { JobFailure } from './jobs';
import { peopleAt } from './walker-prior';

export async function peopleInSessionFrame(
  video: { path: string; fileName: string },
  t: number,
): Promise<ApiResponses['sessions.people']> {
  try {
    const info = await probe(video.path, video.fileName);
    const found = await peopleAt(video, info, t);
    if (!found) throw new ApiError('not_found', `${video.fileName} has no frame at ${(t / 1000).toFixed(2)} s.`);
    return { ...found, people: found.people.map((p) => p.map(([x, y, s]): [number, number, number] => [x, y, s])) };
  } catch (err) {
    if (err instanceof JobFailure || (err instanceof AnalysisFailed && err.badInput))
      throw new ApiError('bad_file', err.message.split('\n')[0]);
    throw err;
  }
}
