/** Helpers for the store tests: services on a temporary data folder, sessions of a synthetic walker. */
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import type { GaitAnalysis } from '../../../src/shared/gait/types';
import type { SessionMetrics } from '../../../src/shared/progress/types';
import { createServices, type Services, type ServicesOptions } from '../../../src/main/services';
import { encodeFrames, type FrameInput } from '../../../src/main/store/frameCodec';
import { tempDataDir } from '../main/support';
import { backwardWalk, recordKeypoints } from './recorded-walk';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A data folder removed after the test. */
export function dataFolder(): string {
  const data = tempDataDir();
  cleanups.push(data.remove);
  return data.dir;
}

/** Services on `dir` (default: a fresh folder), closed after the test. */
export function openServices(dir = dataFolder(), options: Partial<ServicesOptions> = {}): Services {
  const services = createServices({ dataDir: dir, mode: 'browser', ...options });
  cleanups.push(() => services.db.open && services.close());
  return services;
}

const walkerInput = (seed: number, cadence: number) => backwardWalk(5, seed, cadence);

/** A walker's keypoints: backward walking at `cadence`, analysed with `heightCm` (none: lengths in shank lengths). */
export function syntheticWalk(seed: number, cadence = 100, heightCm: number | null = null) {
  const input = walkerInput(seed, cadence);
  const analysis: GaitAnalysis = analyzeSession(input, { heightCm });
  return { input, analysis };
}

/**
 * The known answer for a session of `syntheticWalk(seed, cadence)` analysed again at `heightCm`:
 * the gait module on its keypoints as the database keeps them (Float32), at its frame rate and size.
 */
export function walkAnalysedFromStored(seed: number, cadence = 100, heightCm: number | null): GaitAnalysis {
  const input = walkerInput(seed, cadence);
  const frames = input.frames.map((f) => ({
    t: f.t,
    keypoints:
      f.keypoints?.map(([x, y, score]) => [Math.fround(x), Math.fround(y), Math.fround(score)] as const) ?? null,
  }));
  return analyzeSession({ ...input, frames }, { heightCm });
}

/**
 * Records a finished session through the handlers, as the renderer does; main analyses it. The
 * known answer: the gait module on the stored keypoints in the height the session has (its person's).
 */
export async function recordSession(
  services: Services,
  options: { startedAt: string; personId?: number; seed?: number; cadence?: number },
): Promise<{ id: number; analysis: GaitAnalysis }> {
  const input = walkerInput(options.seed ?? 1, options.cadence ?? 100);
  const { id, heightCm } = await recordKeypoints(services.handlers, input, {
    startedAt: options.startedAt,
    personId: options.personId,
    durationMs: 5000,
    framesPerCall: 30, // a second of frames, as the renderer sends them
  });
  return { id, analysis: walkAnalysedFromStored(options.seed ?? 1, options.cadence, heightCm) };
}

/** Session `id`'s metrics column, the lengths progress shows. */
export function storedMetrics(services: Services, id: number): SessionMetrics {
  const text = services.db.prepare('SELECT metrics FROM sessions WHERE id = ?').pluck().get(id) as string;
  return JSON.parse(text) as SessionMetrics;
}

/** Session 1's 60 frames analysed again with Thunder (a second result), written into an old database. */
export function addThunderResult(db: Database.Database, frames: readonly FrameInput[], createdAt: string): void {
  const track = db
    .prepare(
      "INSERT INTO session_tracks (session_id, model, created_at, frame_count, width, height) VALUES (1, 'thunder', ?, 60, 640, 480)",
    )
    .run(createdAt);
  db.prepare('INSERT INTO frame_batches (session_id, track_id, frame_count, data) VALUES (1, ?, 60, ?)').run(
    track.lastInsertRowid,
    encodeFrames(frames),
  );
}
