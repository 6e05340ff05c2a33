/**
 * What the real-footage tests need from outside the test: ffmpeg, the clips in ../shared/footage
 * (beside the repository, never committed) and the committed keypoints fixtures. Each `require…`
 * throws an Error naming exactly what is missing and how to get it, so a test whose input is gone
 * fails instead of skipping (a skip would turn green by losing its input). Call them in a
 * `beforeAll` (or at the start of a test) of every test that reads these inputs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { KeypointsFile } from '../../src/shared/pose/types';

// import.meta.dirname, not __dirname: bench/ runs test/e2e/support (which imports this) under tsx as an ES module.
export const ROOT = resolve(import.meta.dirname, '../..');
/** Real footage, in ../shared beside the repository. */
export const FOOTAGE_DIR = resolve(ROOT, '../shared/footage');
/** Keypoints extracted from that footage, committed (test/fixtures/keypoints/README.md). */
export const FIXTURES_DIR = resolve(ROOT, 'test/fixtures/keypoints');

let ffmpegFound: boolean | undefined;

/** Throws unless `ffmpeg` runs (checked once per process). */
export function requireFfmpeg(): void {
  ffmpegFound ??= spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
  if (!ffmpegFound) throw new Error("ffmpeg is not installed: apt-get install ffmpeg (CI's .ci/run installs it)");
}

/** The absolute path of `name` in ../shared/footage; throws when it (or the whole folder) is missing. */
export function requireFootage(name: string): string {
  const path = resolve(FOOTAGE_DIR, name);
  if (existsSync(path)) return path;
  const shown = relative(ROOT, path);
  const where = existsSync(FOOTAGE_DIR) ? path : `there is no folder ${FOOTAGE_DIR}`;
  throw new Error(
    `missing ${shown} (${where}): the tests read real footage from ../shared/footage beside the repository; ` +
      'put that folder there (CI provides it; its README.md names the source of each clip)',
  );
}

/** The absolute path of `name` (e.g. `sports2d-walk.lightning.json`) in test/fixtures/keypoints; throws when it is missing. */
export function requireFixture(name: string): string {
  const path = resolve(FIXTURES_DIR, name);
  if (!existsSync(path)) {
    throw new Error(`missing fixture ${relative(ROOT, path)}: regenerate it as test/fixtures/keypoints/README.md says`);
  }
  return path;
}

/** A keypoints fixture, read and parsed as JSON (unchecked); throws when it is missing. */
export function loadFixture(name: string): KeypointsFile {
  return JSON.parse(readFileSync(requireFixture(name), 'utf8')) as KeypointsFile;
}
