/** Folders of the app itself, found from the nearest package.json above this module (src/ or out/). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findAppRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

// Bundled into out/main/chunks/*.js or run from src/main: the depth differs, the package root does not.
export const APP_ROOT = findAppRoot(fileURLToPath(import.meta.url));
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');
export const MODELS_DIR = join(APP_ROOT, 'models');
export const PRELOAD_FILE = join(APP_ROOT, 'out', 'preload', 'index.cjs');
/** better-sqlite3 built for Electron's ABI by scripts/electron-native.mjs. */
export const ELECTRON_SQLITE_BINDING = join(APP_ROOT, 'native', 'electron', 'better_sqlite3.node');
