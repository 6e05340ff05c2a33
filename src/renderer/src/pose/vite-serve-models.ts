/**
 * Vite dev-server plugin (Node side, used only by electron.vite.config.ts): serves the repo's
 * models/ folder at /models/, as the browser-mode server and Electron's protocol do in production,
 * so the pose worker loads MoveNet from the app's own origin in `electron-vite dev` too.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

export function serveModels(modelsDir: string): Plugin {
  return {
    name: 'retrowalk-serve-models',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/models', (req, res, next) => {
        const file = normalize(join(modelsDir, decodeURIComponent((req.url ?? '/').split('?')[0])));
        if (!file.startsWith(modelsDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('content-type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}
