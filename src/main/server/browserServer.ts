/**
 * Browser mode: the main process's services behind a loopback-only HTTP server. Serves the built
 * renderer, the MoveNet models, recorded videos, backups and the API, to requests carrying this run's token.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BACKUP_URL_PREFIX, type AppInfo } from '../../shared/api';
import { createDispatch } from '../api/dispatch';
import { SECURITY_HEADERS } from '../csp';
import { createServices } from '../services';
import { BACKUPS_FOLDER, backupDownloadHeaders, backupPath } from '../store/backupFiles';
import { handleApi } from './apiRoute';
import { cookieName, newToken, refusal, tokensEqual } from './auth';
import { sendFile, sessionVideo } from './media';
import { fileUnder, mimeTypeOf } from './staticFiles';

export interface BrowserServerOptions {
  dataDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The MoveNet models folder (models/). */
  modelsDir: string;
}

export interface BrowserServer {
  /** Start URL with the token; opening it sets the cookie and redirects to the app. */
  url: string;
  origin: string;
  port: number;
  token: string;
  info: AppInfo;
  close(): Promise<void>;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * The start URL's path and query as a redirect target that stays on this server: `//evil.com/`
 * (from `/.//evil.com/`) or `/\evil.com` would be another host to the browser.
 */
function pathOnThisServer(url: URL): string {
  return '/' + url.pathname.replace(/^[/\\]+/, '') + url.search;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const services = createServices({ dataDir: options.dataDir, mode: 'browser' });
  const dispatch = createDispatch(services.handlers);
  const token = newToken();
  let port = 0;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const given = url.searchParams.get('token');
    // The start URL: trade the token for an HttpOnly cookie, and drop it from the address bar.
    if (given !== null && req.method === 'GET') {
      const why =
        refusal(req, port, token, { tokenRequired: false }) ??
        (tokensEqual(given, token) ? null : 'Wrong access token.');
      if (why) return sendText(res, 403, why);
      url.searchParams.delete('token');
      const cookie = {
        'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      };
      // Arriving from another site (the file npm start opens, see scripts/open-browser.mjs), a
      // redirect would keep the navigation cross-site and the browser would withhold the
      // SameSite=Strict cookie from its next request: a page of ours moves on instead.
      if (req.headers['sec-fetch-site'] === 'cross-site') {
        res.writeHead(200, { ...SECURITY_HEADERS, ...cookie, 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><meta http-equiv="refresh" content="0;url=${escapeHtml(pathOnThisServer(url))}"><title>Retrowalk</title>`,
        );
        return;
      }
      res.writeHead(303, { ...SECURITY_HEADERS, ...cookie, Location: pathOnThisServer(url) });
      res.end();
      return;
    }
    const why = refusal(req, port, token, { tokenRequired: true });
    if (why) return sendText(res, 403, why);

    const path = url.pathname;
    if (path.startsWith('/api/')) {
      return handleApi(req, res, path.slice('/api/'.length), url.searchParams, dispatch, SECURITY_HEADERS);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, `${req.method} is not allowed here.`);

    const media = /^\/media\/(\d+)$/.exec(path);
    if (media) {
      const video = sessionVideo(services, Number(media[1]));
      if (!video) return sendText(res, 404, `No video for session ${media[1]}, or its file is missing.`);
      return sendFile(req, res, video.path, {
        ...SECURITY_HEADERS,
        'Content-Type': video.mimeType,
        'Cache-Control': 'no-store',
      });
    }
    if (path.startsWith(BACKUP_URL_PREFIX)) {
      const name = path.slice(BACKUP_URL_PREFIX.length);
      const file = backupPath(join(options.dataDir, BACKUPS_FOLDER), name);
      if (!file || !existsSync(file)) return sendText(res, 404, `No backup ${name}.`);
      return sendFile(req, res, file, { ...SECURITY_HEADERS, ...backupDownloadHeaders(name) });
    }
    const [root, rest] = path.startsWith('/models/')
      ? [options.modelsDir, path.slice('/models'.length)]
      : [options.rendererDir, path.endsWith('/') ? path + 'index.html' : path];
    const file = fileUnder(root, rest);
    if (!file) return sendText(res, 404, `Not found: ${path}`);
    sendFile(req, res, file, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache' });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) sendText(res, 500, 'Internal error.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  }).catch((err: unknown) => {
    services.close();
    throw err;
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    info: services.info,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          services.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
