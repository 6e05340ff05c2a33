/**
 * Recorded WebM video, appended chunk by chunk (about a second each) to a new file
 * <dataDir>/videos/<sessionId>-<random>.webm (ids can be handed out again; a file is never
 * overwritten). The session's row names its file from the first chunk on. Each chunk is synced to disk before the call returns, so a crash loses at most the
 * chunk in flight; a failed write is cut back so no half chunk remains.
 */
import { closeSync, fdatasyncSync, ftruncateSync, rmSync, statSync, writeSync } from 'node:fs';
import { ApiError } from '../errors';
import { createNewFile, freshStem } from '../files/uniqueFile';
import type { VideoInfo } from '../store/sessionStore';

interface OpenVideo {
  fd: number;
  path: string;
  nextSeq: number;
  bytes: number;
}

export type VideoStore = ReturnType<typeof createVideoStore>;

/** The file's path and size, or null when it is gone. */
export function videoInfo(path: string | null): VideoInfo | null {
  if (!path) return null;
  try {
    return { path, bytes: statSync(path).size };
  } catch {
    return null;
  }
}

export function createVideoStore(videosDir: string) {
  const open = new Map<number, OpenVideo>();

  /** Drops whatever part of a failed chunk reached the file; the write's own error is what matters. */
  function cutBack(video: OpenVideo): void {
    try {
      ftruncateSync(video.fd, video.bytes);
    } catch {
      // e.g. not a regular file; the next chunk still writes at video.bytes.
    }
  }

  function close(id: number): OpenVideo | null {
    const video = open.get(id);
    if (!video) return null;
    open.delete(id);
    closeSync(video.fd);
    return video;
  }

  /** A new file for the session's first chunk; `recordPath` saves its name in the session's row. */
  function create(id: number, recordPath: (path: string) => void): OpenVideo {
    const { fd, path } = createNewFile(videosDir, freshStem(id), '.webm');
    try {
      recordPath(path);
    } catch (err) {
      closeSync(fd);
      rmSync(path, { force: true });
      throw err;
    }
    const video = { fd, path, nextSeq: 0, bytes: 0 };
    open.set(id, video);
    return video;
  }

  return {
    append(
      id: number,
      seq: number,
      mimeType: string,
      bytes: Uint8Array,
      recordPath: (path: string) => void,
    ): { bytes: number } {
      if (!/^video\/webm\b/i.test(mimeType)) {
        throw new ApiError('invalid_payload', `Video chunks must be WebM (video/webm), got "${mimeType}".`);
      }
      const video = open.get(id);
      const expected = video?.nextSeq ?? 0;
      if (seq !== expected) {
        const what = seq < expected ? 'was already received' : `leaves a gap (chunk ${expected} was never received)`;
        throw new ApiError(
          'invalid_payload',
          `Video chunk ${seq} for session ${id} ${what}; expected chunk ${expected}. Nothing was written.`,
        );
      }
      const target = video ?? create(id, recordPath);
      try {
        for (let written = 0; written < bytes.byteLength;) {
          written += writeSync(target.fd, bytes, written, bytes.byteLength - written, target.bytes + written);
        }
        fdatasyncSync(target.fd);
      } catch (err) {
        cutBack(target);
        throw err;
      }
      target.bytes += bytes.byteLength;
      target.nextSeq++;
      return { bytes: target.bytes };
    },

    /** Closes the session's file and tells what was recorded (null when no chunk came in this run). */
    finish(id: number): VideoInfo | null {
      return videoInfo(close(id)?.path ?? null);
    },

    /** Files being written now: not orphans, whatever the database says. */
    openPaths(): string[] {
      return [...open.values()].map((v) => v.path);
    },

    closeAll(): void {
      for (const id of [...open.keys()]) close(id);
    },
  };
}
