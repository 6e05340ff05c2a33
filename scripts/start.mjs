// `npm start`: the desktop window where the Electron binary exists; otherwise the same app in browser
// mode (services behind a loopback server, the renderer in a browser). `--dev` runs electron-vite dev.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';
import { openBrowser } from './open-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfNeeded() {
  const outputs = ['out/main/browser.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p));
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
  const sources = Math.max(
    ...['src', 'electron.vite.config.ts', 'package.json'].map((p) => newestMtime(join(root, p))),
  );
  if (built > sources) return;
  console.log('Building the app (electron-vite build)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('The build failed (see above); not starting.');
    process.exit(result.status ?? 1);
  }
}

function runBrowserMode() {
  buildIfNeeded();
  const server = spawn(process.execPath, [join(root, 'out/main/browser.js')], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let printed = '';
  let opened = false;
  server.stdout.on('data', (data) => {
    process.stdout.write(data);
    printed += data;
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(printed)?.[0];
    if (url && !opened) {
      opened = true;
      process.on('exit', openBrowser(url)); // the page holding the token goes with this run
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const electron = findElectronBinary(root);
if (!electron.path) {
  console.log(`Electron binary not available (${electron.reason}): starting in browser mode.`);
  runBrowserMode();
} else {
  const desktop = spawn('npx', ['electron-vite', dev ? 'dev' : 'preview'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  desktop.on('exit', (code) => process.exit(code ?? 0));
}
