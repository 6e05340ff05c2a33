// Where the Electron executable is, found without running the electron package's index.js: since
// Electron 42 requiring 'electron' downloads a missing binary on the spot, which must not happen
// (and hang or fail slowly) on machines that cannot download it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * `{ path }` of the installed executable, or `{ path: null, reason }` saying why there is none.
 * @param {string} fromDir a folder whose node_modules hold electron (the project root)
 * @returns {{ path: string, reason?: undefined } | { path: null, reason: string }}
 */
export function findElectronBinary(fromDir) {
  let packageDir;
  try {
    packageDir = dirname(createRequire(resolve(fromDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the optional electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    const { version, engines } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    if (!nodeSatisfies(engines?.node)) {
      return {
        path: null,
        reason: `npm does not install Electron ${version} on Node ${process.versions.node}: it needs Node ${engines.node}`,
      };
    }
    return {
      path: null,
      reason: 'the electron package is installed without its binary (the download failed or was skipped)',
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? { path: binary } : { path: null, reason: `${binary} does not exist` };
}

/** Whether this Node meets an engines range of the form Electron uses (">= 22.12.0"); true for any other form. */
function nodeSatisfies(range) {
  const min = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range?.trim() ?? '');
  if (!min) return true;
  const have = process.versions.node.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (have[i] !== Number(min[i + 1])) return have[i] > Number(min[i + 1]);
  return true;
}
