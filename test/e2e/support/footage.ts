/**
 * Real footage for the fake camera, converted at test time with Debian's ffmpeg (clips are never
 * committed). Converted files are cached in the OS temp folder, keyed by their recipe: the ffmpeg
 * arguments, the path, size and modification time of the footage they read, and the cache format,
 * so a changed recipe or a replaced source file makes a new conversion instead of reusing a stale one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireFfmpeg, requireFootage } from '../../support/requirements';

const CACHE_DIR = join(tmpdir(), 'retrowalk-test-footage');

export interface ClipRecipe {
  /** File in ../shared/footage, or an ffmpeg lavfi source such as `lavfi:color=c=gray:s=640x480:r=30`. */
  source: string;
  startS?: number;
  durationS?: number;
  format: 'y4m' | 'mjpeg';
  /** Play the cut forward then backward, so the fake camera's loop never makes anyone jump. */
  pingPong?: boolean;
  /** Extra ffmpeg filters applied after scaling to 640×480 (one input, one output). */
  filter?: string;
}

/**
 * Raise it when what a cached file holds changes in a way its ffmpeg arguments do not show: files
 * made the old way are then not reused.
 */
const CACHE_FORMAT = 1;

/**
 * A hash of everything a conversion's output depends on: its ffmpeg arguments, each input file's
 * path, size and modification time, and the cache format.
 */
export function recipeKey(args: readonly string[], inputs: readonly string[]): string {
  const files = inputs.map((path) => {
    const { size, mtimeMs } = statSync(path);
    return { path, size, mtimeMs };
  });
  return createHash('sha256')
    .update(JSON.stringify({ format: CACHE_FORMAT, args, files }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Runs `ffmpeg <args> <output>` once per recipe and returns the cached output,
 * `<name>-<recipe key>.<ext>` in the OS temp folder. `args` must name the output format (`-f`);
 * `inputs` are the files they read (absolute paths, e.g. from `requireFootage`).
 */
export function convertOnce(name: string, ext: string, args: string[], inputs: string[]): string {
  requireFfmpeg();
  mkdirSync(CACHE_DIR, { recursive: true });
  const out = join(CACHE_DIR, `${name}-${recipeKey(args, inputs)}.${ext}`);
  if (existsSync(out)) return out;
  const partial = `${out}.${process.pid}.partial`; // a concurrent run writes its own, then one rename wins
  execFileSync('ffmpeg', [...args, partial], { stdio: ['ignore', 'inherit', 'inherit'] });
  renameSync(partial, out);
  return out;
}

/** Converts (once per recipe) and returns the absolute path of the clip for `--use-file-for-fake-video-capture`. */
export function prepareClip(name: string, recipe: ClipRecipe): string {
  const inputs = recipe.source.startsWith('lavfi:') ? [] : [requireFootage(recipe.source)];
  const input = recipe.source.startsWith('lavfi:')
    ? ['-f', 'lavfi', '-i', recipe.source.slice('lavfi:'.length)]
    : ['-i', inputs[0]];
  const cut = [
    ...(recipe.startS ? ['-ss', String(recipe.startS)] : []),
    ...(recipe.durationS ? ['-t', String(recipe.durationS)] : []),
  ];
  const codec = recipe.format === 'y4m' ? ['-pix_fmt', 'yuv420p', '-f', 'yuv4mpegpipe'] : ['-q:v', '3', '-f', 'mjpeg'];
  const filter = [
    'scale=640:480,fps=30',
    recipe.filter,
    recipe.pingPong ? 'split[a][b];[b]reverse[r];[a][r]concat=n=2:v=1' : undefined,
  ]
    .filter(Boolean)
    .join(',');
  return convertOnce(
    name,
    recipe.format,
    ['-loglevel', 'error', '-y', ...cut, ...input, '-vf', filter, '-an', ...codec],
    inputs,
  );
}

/** ffmpeg's output options for H.264 MP4 without sound, as a phone gives it; a low `crf` keeps small people sharp. */
export function h264(crf: number, preset = 'veryfast'): string[] {
  return ['-an', '-c:v', 'libx264', '-crf', String(crf), '-preset', preset, '-pix_fmt', 'yuv420p'];
}

/** A cut of the footage as an H.264 MP4 at `out` (for the import, which takes files, not the fake camera's y4m). */
export function mp4Clip(
  out: string,
  cut: Pick<ClipRecipe, 'source' | 'startS' | 'durationS' | 'filter'>,
  crf: number,
): string {
  requireFfmpeg();
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-ss',
    String(cut.startS ?? 0),
    '-i',
    requireFootage(cut.source),
    ...(cut.durationS ? ['-t', String(cut.durationS)] : []),
    ...(cut.filter ? ['-vf', cut.filter] : []),
    ...h264(crf),
    out,
  ]);
  return out;
}

/**
 * The clips the e2e tests use. Geometry of sports2d-walk.mp4 (640×480, picture between y≈60 and
 * y≈420), read off frames extracted at 1 fps: the man stands on a concrete box at x≈190–280 with
 * his feet at y≈220 (hips y≈150) until his flip at ~5.5 s and lands bottom right near 7 s; the
 * woman walks on the grass right to left, feet at y≈390 (hips y≈320), from x≈560 at 1 s to x≈0
 * at 7 s. Between 1.5 s and 6.0 s both are in view and only she is walking.
 */
export const CLIPS = {
  /**
   * Both in view, before the man starts his flip (~4.8 s): she walks right to left (x≈530→230),
   * then, played backward, left to right, so the loop joins without a jump. He stays on the box.
   */
  walkPingPong: { source: 'sports2d-walk.mp4', startS: 1.5, durationS: 3.1, format: 'y4m', pingPong: true },
  /** Forward walk, right to left, with the man on the box as a distractor. */
  walkBothInView: { source: 'sports2d-walk.mp4', startS: 1.5, durationS: 4.5, format: 'y4m' },
  /** The same walk played backward: she faces left and travels left to right (backward walking). */
  walkReversed: { source: 'sports2d-walk-reversed.mp4', startS: 1.7, durationS: 4.5, format: 'y4m' },
  /**
   * Two walkers, both clearly seen: the right half of the walk (where she is from 1.5 s to 3.5 s)
   * beside its mirror image, so two people walk toward each other.
   */
  twoWalkers: {
    source: 'sports2d-walk.mp4',
    startS: 1.5,
    durationS: 2,
    format: 'y4m',
    pingPong: true,
    filter: 'crop=320:480:320:0,split[l][r];[r]hflip[m];[l][m]hstack',
  },
  /**
   * One walker alone, seen side-on: the right half of the picture between y=170 and 410, where she
   * walks right to left from 1.5 s to 3.3 s and nobody else is (the man on the box is at x<=280),
   * enlarged to 640x480 so she fills about two thirds of its height.
   */
  oneWalker: {
    source: 'sports2d-walk.mp4',
    startS: 1.5,
    durationS: 1.8,
    format: 'y4m',
    pingPong: true,
    filter: 'crop=320:240:320:170,scale=640:480',
  },
  /** A grey picture: nobody in frame. */
  empty: { source: 'lavfi:color=c=0x6a7a6a:s=640x480:r=30', durationS: 3, format: 'y4m' },
} satisfies Record<string, ClipRecipe>;
