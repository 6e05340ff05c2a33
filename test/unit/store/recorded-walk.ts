/**
 * A synthetic walker's keypoints, and recording keypoints as the renderer does through main's
 * handlers: for the store tests and the export bench (no test framework here, so the bench can
 * import it).
 */
import type { ApiHandlers } from '../../../src/main/services';
import type { KeypointsFile } from '../../../src/shared/pose/types';
import { synthesizeGait } from '../../support/synthetic-gait';

/** `seconds` of backward walking at `cadence`, facing left, with half a pixel of noise. */
export function backwardWalk(seconds: number, seed: number, cadence = 100): KeypointsFile {
  return synthesizeGait({
    segments: [{ mode: 'backward', duration_s: seconds }],
    facing: 'left',
    cadence_spm: cadence,
    noisePx: 0.5,
    seed,
  }).input;
}

/**
 * Records `input` as a new session, its frames sent `framesPerCall` to a request, and finishes it
 * (main analyses it then). Its id and the height it was analysed in.
 */
export async function recordKeypoints(
  handlers: ApiHandlers,
  input: KeypointsFile,
  session: { startedAt: string; personId?: number; durationMs: number; framesPerCall: number },
): Promise<{ id: number; heightCm: number | null }> {
  const { id } = await handlers['sessions.create']({
    personId: session.personId,
    startedAt: session.startedAt,
    model: 'lightning',
    width: input.width,
    height: input.height,
    fps: input.fps,
  });
  for (let i = 0; i < input.frames.length; i += session.framesPerCall) {
    await handlers['sessions.appendFrames']({
      id,
      frames: input.frames
        .slice(i, i + session.framesPerCall)
        .map((f) => ({ t: f.t, keypoints: f.keypoints as [number, number, number][] | null })),
    });
  }
  const { heightCm } = await handlers['sessions.finish']({ id, durationMs: session.durationMs });
  return { id, heightCm };
}
