/** Helpers for the main-process tests: temporary data folders and deterministic pose frames. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'retrowalk-main-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Frames of a fake 30 fps recording; every `nullEvery`-th frame has no person. Values are not Float32-exact. */
export function makeFrames(count: number, opts: { startIndex?: number; nullEvery?: number } = {}) {
  const start = opts.startIndex ?? 0;
  return Array.from({ length: count }, (_, j) => {
    const i = start + j;
    const t = (i * 1000) / 30 + 0.123456789;
    const keypoints =
      opts.nullEvery && i % opts.nullEvery === 0
        ? null
        : Array.from(
            { length: 17 },
            (_, k) =>
              [100 + k * 7.1 + Math.sin(i / 7) * 33.3, 50 + k * 13.7 + Math.cos(i / 5) * 21.1, (k + 1) / 18.3] as [
                number,
                number,
                number,
              ],
          );
    return { t, keypoints };
  });
}

/** What a frame should read back as: exact time, keypoints at Float32 precision. */
export function asStored(frames: ReturnType<typeof makeFrames>) {
  return frames.map((f) => ({ t: f.t, keypoints: f.keypoints?.map((kp) => kp.map(Math.fround)) ?? null }));
}

export const NEW_SESSION = {
  startedAt: '2026-03-01T10:00:00.000Z',
  model: 'lightning',
  width: 640,
  height: 480,
  fps: 30,
} as const;
