/** Where Retrowalk keeps its data: the same folder in desktop and browser mode. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Retrowalk';
export const DATABASE_FILE = 'retrowalk.db';
export const VIDEOS_FOLDER = 'videos';

/** The OS's per-user application data folder, as Electron's app.getPath('appData') resolves it. */
export function appDataRoot(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

/** RETROWALK_DATA_DIR wins (tests use temporary folders); else <appData>/Retrowalk. */
export function resolveDataDir(appData: string = appDataRoot(), env: NodeJS.ProcessEnv = process.env): string {
  return env.RETROWALK_DATA_DIR || join(appData, APP_FOLDER_NAME);
}
