/** The e2e footage cache (test/e2e/support/footage.ts): a converted clip is reused only for the very same recipe. */
import { copyFileSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertOnce, recipeKey } from '../../e2e/support/footage';
import { requireFfmpeg } from '../../support/requirements';

const ARGS = ['-loglevel', 'error', '-y', '-ss', '1.5', '-t', '3', '-vf', 'scale=640:480,fps=30', '-f', 'yuv4mpegpipe'];

describe('recipeKey', () => {
  let dir: string;
  let source: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'retrowalk-recipe-key-'));
    source = join(dir, 'walk.mp4');
    writeFileSync(source, 'a walk');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the same for the same recipe', () => {
    expect(recipeKey([...ARGS], [source])).toBe(recipeKey(ARGS, [source]));
  });

  it('differs when any ffmpeg argument differs, is added or moves', () => {
    const recipes = [
      ARGS,
      ARGS.map((a) => (a === '1.5' ? '1.6' : a)),
      ARGS.map((a) => (a === 'scale=640:480,fps=30' ? 'scale=640:480,fps=30,hflip' : a)),
      [...ARGS, '-an'],
      [...ARGS.slice(0, 3), ...ARGS.slice(5, 7), ...ARGS.slice(3, 5), ...ARGS.slice(7)], // -t before -ss
    ];
    const keys = recipes.map((args) => recipeKey(args, [source]));
    expect(new Set(keys).size).toBe(recipes.length);
  });

  it('differs when the source is replaced: another size, another modification time, another path', () => {
    const before = recipeKey(ARGS, [source]);
    utimesSync(source, new Date('2020-01-01'), new Date('2020-01-01'));
    const touched = recipeKey(ARGS, [source]);
    writeFileSync(source, 'a longer walk');
    utimesSync(source, new Date('2020-01-01'), new Date('2020-01-01'));
    const resized = recipeKey(ARGS, [source]);
    const elsewhere = join(dir, 'walk copy.mp4');
    copyFileSync(source, elsewhere);
    utimesSync(elsewhere, new Date('2020-01-01'), new Date('2020-01-01'));
    expect(statSync(elsewhere).size).toBe(statSync(source).size);
    const moved = recipeKey(ARGS, [elsewhere]);
    expect(new Set([before, touched, resized, moved]).size).toBe(4);
  });
});

describe('convertOnce', () => {
  const made = new Set<string>();
  afterAll(() => made.forEach((file) => rmSync(file, { force: true })));

  it('converts once per recipe, and again into a new file when the recipe changes', () => {
    requireFfmpeg();
    const grey = ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=gray:s=64x48:r=5', '-t', '0.4'];
    const name = `unit-test-${process.pid}`;
    const first = convertOnce(name, 'y4m', [...grey, '-f', 'yuv4mpegpipe'], []);
    made.add(first);
    const { mtimeMs, size } = statSync(first);
    expect(size).toBeGreaterThan(0);

    const again = convertOnce(name, 'y4m', [...grey, '-f', 'yuv4mpegpipe'], []);
    expect(again).toBe(first);
    expect(statSync(again).mtimeMs).toBe(mtimeMs); // reused, not converted again

    const white = grey.map((a) => a.replace('c=gray', 'c=white'));
    const changed = convertOnce(name, 'y4m', [...white, '-f', 'yuv4mpegpipe'], []);
    made.add(changed);
    expect(changed).not.toBe(first);
    expect(statSync(first).mtimeMs).toBe(mtimeMs); // the old recipe's file is left as it was
  });
});
