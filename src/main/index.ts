/**
 * Desktop entry (Electron main): services in this process, a sandboxed window on app://retrowalk
 * (or the electron-vite dev server), typed IPC checked and validated per call.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createDispatch } from './api/dispatch';
import { resolveDataDir } from './dataDir';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './electron/appProtocol';
import { hardenWebContents, restrictPermissions } from './electron/hardening';
import { handleIpc } from './electron/ipc';
import { ELECTRON_SQLITE_BINDING, MODELS_DIR, PRELOAD_FILE, RENDERER_DIR } from './paths';
import { sessionVideo } from './server/media';
import { createServices, type Services } from './services';
import { BACKUPS_FOLDER, backupPath } from './store/backupFiles';

// Set by `electron-vite dev`: the renderer then comes from its dev server instead of app://.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const ownOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

function isOwnOrigin(url: string): boolean {
  try {
    return new URL(url).origin === ownOrigin;
  } catch {
    return false;
  }
}

registerAppScheme();
hardenWebContents(isOwnOrigin);
let services: Services | null = null;

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Retrowalk',
    webPreferences: {
      preload: PRELOAD_FILE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

app.setName('Retrowalk');
void app.whenReady().then(() => {
  // node_modules' better-sqlite3 is built for Node's ABI; Electron needs its own build.
  if (!existsSync(ELECTRON_SQLITE_BINDING)) {
    console.error(
      `Missing ${ELECTRON_SQLITE_BINDING}: run \`node scripts/electron-native.mjs\` to build better-sqlite3 for Electron.`,
    );
    app.quit();
    return;
  }
  const started = createServices({
    dataDir: resolveDataDir(app.getPath('appData')),
    mode: 'electron',
    nativeBinding: ELECTRON_SQLITE_BINDING,
  });
  services = started;
  restrictPermissions(isOwnOrigin);
  handleAppProtocol(
    { rendererDir: RENDERER_DIR, modelsDir: MODELS_DIR },
    (id) => sessionVideo(started, id),
    (fileName) => backupPath(join(started.info.dataDir, BACKUPS_FOLDER), fileName),
  );
  handleIpc(createDispatch(services.handlers), isOwnOrigin);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => services?.close());
