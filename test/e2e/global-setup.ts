/**
 * Once per e2e run: build the app (renderer, main, preload) with electron-vite so every test
 * drives the real production bundle, and check the tools and footage the tests need are there
 * (a missing one fails the run, naming it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireFfmpeg, requireFootage } from '../support/requirements';
import { CHROMIUM_PATH } from './support/chromium';
import { CLIPS } from './support/footage';

export const ROOT = resolve(__dirname, '../..');

export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error('e2e tests need Debian chromium (apt-get install chromium); .ci/run installs it');
  requireFfmpeg();
  // the fake camera's clips, and the walk the imports cut (and pose-engine numbers)
  const footage = Object.values(CLIPS)
    .map((c) => c.source)
    .filter((s) => !s.startsWith('lavfi:'));
  for (const name of new Set([...footage, 'sports2d-walk.mp4'])) requireFootage(name);
  if (process.env.RETROWALK_E2E_SKIP_BUILD === '1' && existsSync(resolve(ROOT, 'out/main/browser.js'))) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
