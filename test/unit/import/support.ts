/** Helpers for the import tests: clips cut at test time from ../shared/footage, services on a temp data folder, polling. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ImportStatus } from '../../../src/shared/api';
import { createServices, type Services } from '../../../src/main/services';
import type { RgbImage } from '../../../src/node/square-crop';
import { decodeVideo, probeVideo } from '../../../src/node/video';
import { FOOTAGE_DIR, requireFfmpeg, requireFootage } from '../../support/requirements';

export const WALK = join(FOOTAGE_DIR, 'sports2d-walk.mp4');

/**
 * What these tests read from outside: ffmpeg and ../shared/footage/sports2d-walk.mp4. Throws an
 * Error naming what is missing; use as `beforeAll(requireFfmpegAndWalk)` before the other hooks.
 */
export function requireFfmpegAndWalk(): void {
  requireFfmpeg();
  requireFootage('sports2d-walk.mp4');
}

/** Frame 120 of the walk clip, decoded by the import's own ffmpeg path: the walker is in view. */
export async function decodedWalkFrame(): Promise<RgbImage> {
  requireFfmpegAndWalk();
  const info = await probeVideo(WALK);
  for await (const f of decodeVideo(WALK, info)) if (f.index === 120) return f;
  throw new Error(`${WALK} has fewer than 121 frames`);
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `retrowalk-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);
}

/** High-quality H.264 (a poor re-encode loses small people). */
const H264 = ['-an', '-c:v', 'libx264', '-crf', '12', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'];

/** `seconds` of the walk clip from `fromS` (re-encoded, so the cut is exact), as H.264 MP4. */
export function cutWalk(out: string, fromS: number, seconds: number, extra: string[] = []): string {
  ffmpeg(['-ss', String(fromS), '-i', WALK, '-t', String(seconds), ...H264, ...extra, out]);
  return out;
}

/**
 * A phone-style video: 2 s of the walk stored sideways (480×640 pixels) with rotation metadata
 * saying how to show it upright (640×480), as phones film.
 */
export function sidewaysWithRotation(out: string): string {
  const stored = out.replace(/\.mp4$/, '.stored.mp4');
  ffmpeg(['-ss', '3', '-i', WALK, '-t', '2', '-vf', 'transpose=1', ...H264, stored]);
  ffmpeg(['-i', stored, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', out]);
  return out;
}

/**
 * Two people walking: 2 s of the woman walking alone (3–5 s), her half of the picture beside its
 * mirror image, 640×480. Each walks toward the other side; both are always in view.
 */
export function twoWalkers(out: string): string {
  ffmpeg([
    '-ss',
    '3',
    '-i',
    WALK,
    '-t',
    '2',
    '-filter_complex',
    '[0:v]crop=320:480:250:0,split[a][b];[b]hflip[m];[a][m]hstack',
    ...H264,
    out,
  ]);
  return out;
}

export function openServices(dataDir: string, mode: 'electron' | 'browser' = 'electron'): Services {
  return createServices({ dataDir, mode });
}

export interface TempServices {
  /** The temporary folder, for clips. */
  dir: string;
  /** The services' data folder, inside `dir`. */
  dataDir: string;
  services: () => Services;
}

/**
 * For one test file: ffmpeg and the walk clip required first (requireFfmpegAndWalk), then a temporary
 * folder and services on its `data` folder, opened before the tests, closed afterwards and the folder
 * removed.
 */
export function useTempServices(prefix: string): TempServices {
  beforeAll(requireFfmpegAndWalk);
  const temp = tempDir(prefix);
  const dataDir = join(temp.dir, 'data');
  let services: Services | undefined;
  beforeAll(() => {
    services = openServices(dataDir);
  });
  afterAll(() => {
    services?.close();
    temp.remove();
  });
  return {
    dir: temp.dir,
    dataDir,
    services: () => {
      if (!services) throw new Error('the services did not open');
      return services;
    },
  };
}

/**
 * Starts importing the video at `path` as the desktop app does: by path, with Lightning, the video
 * used where it is unless `keep` says copy. The job's id.
 */
export async function startImport(
  services: Services,
  path: string,
  options: { keep?: 'copy' | 'reference'; personId?: number } = {},
): Promise<string> {
  const { jobId } = await services.handlers['import.start']({
    from: 'path',
    path,
    keep: 'reference',
    model: 'lightning',
    ...options,
  });
  return jobId;
}

/** Polls import.status like the renderer (every 250 ms) until the job ends; returns every status seen. */
export async function pollUntilFinished(
  services: Services,
  jobId: string,
  onStatus?: (s: ImportStatus) => void,
): Promise<ImportStatus[]> {
  const seen: ImportStatus[] = [];
  for (;;) {
    const status = await services.handlers['import.status']({ jobId });
    seen.push(status);
    onStatus?.(status);
    if (['done', 'failed', 'cancelled'].includes(status.state)) return seen;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Files under a data folder's sub-folder ([] when it does not exist). */
export function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** What a failed or cancelled import must not leave: sessions, frames, results. */
export function rowCounts(services: Services): { sessions: number; frames: number; tracks: number } {
  const count = (table: string) => (services.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { sessions: count('sessions'), frames: count('frame_batches'), tracks: count('session_tracks') };
}

/** A failed or cancelled import left nothing: no session, frame or result, no file in incoming/ or videos/. */
export function expectNothingLeft(services: Services, dataDir: string): void {
  expect(rowCounts(services)).toEqual({ sessions: 0, frames: 0, tracks: 0 });
  expect(filesIn(join(dataDir, 'incoming'))).toEqual([]);
  expect(filesIn(join(dataDir, 'videos'))).toEqual([]);
}
