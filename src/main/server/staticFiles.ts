/** Resolves request paths to files under a root folder, never outside it, with their MIME types. */
import { realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', // instantiateStreaming requires it
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webm': 'video/webm',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file for a URL path under root, or null when it does not exist or would escape root (by `..` or a symbolic link). */
export function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  try {
    // Real paths: a link inside the folder may point anywhere on the disk.
    const base = realpathSync(root);
    const file = realpathSync(resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded)));
    if (!file.startsWith(base + sep)) return null;
    return statSync(file).isFile() ? file : null;
  } catch {
    return null; // missing, or a dangling link
  }
}
