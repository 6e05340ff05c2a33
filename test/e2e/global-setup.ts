/**
 * Once per e2e run: build the app (renderer, main, preload) with electron-vite so every test
 * drives the real production bundle, and check the tools the tests need are installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

export default function setup(): void {
  for (const [tool, why] of [
    ['/usr/bin/chromium', 'Debian chromium (apt-get install chromium)'],
    ['ffmpeg', 'Debian ffmpeg (apt-get install ffmpeg)'],
  ] as const) {
    const found = tool.startsWith('/') ? existsSync(tool) : spawnSync('which', [tool]).status === 0;
    if (!found) throw new Error(`e2e tests need ${why}; .ci/run installs it`);
  }
  if (process.env.RETROWALK_E2E_SKIP_BUILD === '1' && existsSync(resolve(ROOT, 'out/main/browser.js'))) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
