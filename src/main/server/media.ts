/** Sends a file with HTTP Range support, so a <video> element can seek in a recording. */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { VIDEOS_FOLDER } from '../dataDir';
import { videoMimeType } from '../import/video-files';
import type { Services } from '../services';
import { servableVideoFile } from '../video/sessionVideoFile';

/**
 * A session's video file and its type (also while it is still being recorded): only a file inside
 * the data folder's videos/, or a video the user imported by reference (video/sessionVideoFile.ts).
 */
export function sessionVideo(
  services: Pick<Services, 'sessions' | 'info'>,
  id: number,
): { path: string; mimeType: string } | null {
  const session = services.sessions.get(id);
  const path = session ? servableVideoFile(join(services.info.dataDir, VIDEOS_FOLDER), session) : null;
  return path ? { path, mimeType: session?.source === 'imported' ? videoMimeType(path) : 'video/webm' } : null;
}

type Range = { start: number; end: number } | 'unsatisfiable' | null;

/** Parses a single `bytes=` range; several ranges are answered with the whole file (allowed by RFC 9110). */
export function parseRange(header: string | undefined, size: number): Range {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  headers: Record<string, string>,
): void {
  const size = statSync(file).size;
  const range = parseRange(req.headers.range, size);
  const common = { ...headers, 'Accept-Ranges': 'bytes' };
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...common, 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...common,
    'Content-Length': String(Math.max(0, end - start + 1)),
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  createReadStream(file, { start, end })
    .on('error', () => res.destroy())
    .pipe(res);
}
