/** Folders of the app itself, found from this file: src/main/*.ts in dev, out/main/*.js when built. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');
export const MODELS_DIR = join(APP_ROOT, 'models');
export const PRELOAD_FILE = join(APP_ROOT, 'out', 'preload', 'index.cjs');
/** better-sqlite3 built for Electron's ABI by scripts/electron-native.mjs. */
export const ELECTRON_SQLITE_BINDING = join(APP_ROOT, 'native', 'electron', 'better_sqlite3.node');
