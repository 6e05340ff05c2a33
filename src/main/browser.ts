/**
 * Browser-mode entry (`node out/main/browser.js`, started by `npm start` where Electron is absent):
 * the services behind a loopback server; prints the tokenised URL and opens a browser if asked.
 */
import { resolveDataDir } from './dataDir';
import { MODELS_DIR, RENDERER_DIR } from './paths';
import { startBrowserServer } from './server/browserServer';

const port = Number(process.env.RETROWALK_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`RETROWALK_PORT must be a port number (0 for any free port), got "${process.env.RETROWALK_PORT}".`);
  process.exit(2);
}

const server = await startBrowserServer({
  dataDir: resolveDataDir(),
  port,
  rendererDir: RENDERER_DIR,
  modelsDir: MODELS_DIR,
}).catch((err: NodeJS.ErrnoException) => {
  const why =
    err.code === 'EADDRINUSE' ? `port ${port} is already in use (set RETROWALK_PORT=0 for any free port)` : err.message;
  console.error(`Retrowalk could not start: ${why}`);
  process.exit(1);
});
console.log(`Retrowalk is running in browser mode. Data folder: ${server.info.dataDir}`);
if (server.info.startupNotice) console.warn(`Notice: ${server.info.startupNotice}`);
console.log(`Open this address in Chromium or Chrome (it carries this run's access token):\n  ${server.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
