/** Validation of the keypoints file (`KeypointsFile`): shared by the CLI and the app's import. */
import { z } from 'zod';
import { poseFrameSchema } from '../api';
import type { KeypointsFile } from './types';

export const keypointsFileSchema = z.object({
  fps: z.number().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  frames: z.array(poseFrameSchema),
});

export type KeypointsFileResult = { ok: true; file: KeypointsFile } | { ok: false; error: string };

/**
 * Checks parsed JSON against the keypoints file format and that it holds something to analyse.
 * The error is one line naming where the data is wrong, e.g. "frames[3].keypoints: ...".
 */
export function parseKeypointsFile(data: unknown): KeypointsFileResult {
  const result = keypointsFileSchema.safeParse(data);
  if (!result.success) {
    // a failed parse names at least one issue; the first says where
    const issue = result.error.issues[0];
    const where = (issue?.path ?? [])
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    return {
      ok: false,
      error: `not a keypoints file: ${where ? `${where}: ` : ''}${issue?.message ?? result.error.message}`,
    };
  }
  const file = result.data as KeypointsFile;
  if (file.frames.length === 0) return { ok: false, error: 'the keypoints file has no frames' };
  if (file.frames.every((f) => f.keypoints === null)) {
    return { ok: false, error: `no person in any of the ${file.frames.length} frames` };
  }
  return { ok: true, file };
}
