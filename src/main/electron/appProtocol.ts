/**
 * app://retrowalk/ — the desktop window's own origin: serves the built renderer, the models, the
 * recorded videos (with Range, so <video> can seek) and backups (as downloads), with the same CSP
 * header as browser mode.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { BACKUP_URL_PREFIX } from '../../shared/api';
import { SECURITY_HEADERS } from '../csp';
import { parseRange } from '../server/media';
import { fileUnder, mimeTypeOf } from '../server/staticFiles';
import { backupDownloadHeaders } from '../store/backupFiles';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://retrowalk';

/** Must run before app 'ready': a standard, secure scheme may use fetch, workers, WASM and media streaming. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

function fileResponse(
  file: string,
  contentType: string,
  rangeHeader: string | null,
  extraHeaders: Record<string, string> = {},
): Response {
  const size = statSync(file).size;
  const range = parseRange(rangeHeader ?? undefined, size);
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Accept-Ranges': 'bytes',
    ...extraHeaders,
  };
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  const { start, end } = range ?? { start: 0, end: size - 1 };
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  headers['Content-Length'] = String(Math.max(0, end - start + 1));
  const body =
    size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range ? 206 : 200, headers });
}

function notFound(what: string): Response {
  return new Response(`Not found: ${what}`, {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' },
  });
}

/**
 * `videoOf(id)`: a session's video file and type (see server/media.ts sessionVideo), null when it has none.
 * `backupOf(name)`: a backup's path for a name from the URL (store/backupFiles backupPath), null for any other name.
 */
export function handleAppProtocol(
  dirs: { rendererDir: string; modelsDir: string },
  videoOf: (id: number) => { path: string; mimeType: string } | null,
  backupOf: (fileName: string) => string | null,
): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.origin !== APP_ORIGIN) return notFound(request.url);
    const range = request.headers.get('range');
    const media = /^\/media\/(\d+)$/.exec(url.pathname);
    if (media) {
      const video = videoOf(Number(media[1]));
      return video ? fileResponse(video.path, video.mimeType, range) : notFound(url.pathname);
    }
    if (url.pathname.startsWith(BACKUP_URL_PREFIX)) {
      const name = url.pathname.slice(BACKUP_URL_PREFIX.length);
      const file = backupOf(name);
      if (!file || !existsSync(file)) return notFound(url.pathname);
      const headers = backupDownloadHeaders(name);
      return fileResponse(file, headers['Content-Type'], range, headers);
    }
    const [root, rest] = url.pathname.startsWith('/models/')
      ? [dirs.modelsDir, url.pathname.slice('/models'.length)]
      : [dirs.rendererDir, url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname];
    const file = fileUnder(root, rest);
    return file ? fileResponse(file, mimeTypeOf(file), range) : notFound(url.pathname);
  });
}
