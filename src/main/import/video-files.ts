/** Imported videos' types: copies live in <dataDir>/videos/<sessionId>-<random><ext>, in-progress files in incoming/. */
import { extname } from 'node:path';

const VIDEO_MIME: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  // QuickTime from phones is MP4's family: Chromium plays it (H.264/HEVC permitting) when told mp4.
  '.mov': 'video/mp4',
  '.webm': 'video/webm',
  '.mkv': 'video/webm',
};

/** The file's extension if it is a plain one (".mp4"), else ".video". */
export function videoExtension(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/.test(ext) ? ext : '.video';
}

/** Content-Type for serving a session's video to <video>. */
export function videoMimeType(path: string): string {
  return VIDEO_MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
