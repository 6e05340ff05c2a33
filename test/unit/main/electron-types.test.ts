/**
 * scripts/electron-types.mjs (postinstall) in a scratch project laid out like this one: it puts back
 * the electron package that npm removes when the binary download fails, but only a tarball whose
 * hash is the one package-lock.json records. Runs the real script and npm (answered from npm's
 * cache after `npm ci`, else from the registry).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from './support';

const ROOT = resolve(__dirname, '../../..');
const locked = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages['node_modules/electron'];

let project: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  project = tempDataDir();
  mkdirSync(join(project.dir, 'scripts'));
  copyFileSync(join(ROOT, 'scripts/electron-types.mjs'), join(project.dir, 'scripts/electron-types.mjs'));
});
afterEach(() => project.remove());

function runWithLock(entry: object): string {
  writeFileSync(
    join(project.dir, 'package-lock.json'),
    JSON.stringify({ packages: { 'node_modules/electron': entry } }),
  );
  const run = spawnSync(process.execPath, ['scripts/electron-types.mjs'], { cwd: project.dir, encoding: 'utf8' });
  expect(run.status).toBe(0); // never fails the install
  return run.stdout + run.stderr;
}

describe('electron-types postinstall', () => {
  it('installs the locked electron package, electron.d.ts included, without a binary', () => {
    const out = runWithLock(locked);
    expect(out).toMatch(`installed electron ${locked.version} without its binary`);
    const pkg = join(project.dir, 'node_modules/electron');
    expect(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version).toBe(locked.version);
    expect(readFileSync(join(pkg, 'electron.d.ts'), 'utf8')).toMatch(/declare module 'electron'/);
    expect(existsSync(join(pkg, 'path.txt'))).toBe(false);
    expect(runWithLock(locked)).toMatch('is installed with its electron.d.ts'); // and leaves it alone after
  });

  it('installs nothing from a tarball whose hash is not the locked one', () => {
    const out = runWithLock({ ...locked, integrity: `sha512-${Buffer.alloc(64).toString('base64')}` });
    expect(out).toMatch(/not the one package-lock\.json records/);
    expect(existsSync(join(project.dir, 'node_modules/electron'))).toBe(false);
  });
});
