/**
 * Recorded WebM video, appended chunk by chunk (MediaRecorder timeslices) to
 * <dataDir>/videos/<sessionId>.webm. Each chunk is synced to disk before the call returns, so a
 * crash loses at most the chunk in flight; a failed write is cut back so no half chunk remains.
 */
import { closeSync, fdatasyncSync, ftruncateSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../errors';
import type { VideoInfo } from '../store/sessionStore';

interface OpenVideo {
  fd: number;
  nextSeq: number;
  bytes: number;
}

export type VideoStore = ReturnType<typeof createVideoStore>;

export function createVideoStore(videosDir: string) {
  const open = new Map<number, OpenVideo>();
  const pathOf = (id: number): string => join(videosDir, `${id}.webm`);

  function info(id: number): VideoInfo | null {
    try {
      return { path: pathOf(id), bytes: statSync(pathOf(id)).size };
    } catch {
      return null;
    }
  }

  /** Drops whatever part of a failed chunk reached the file; the write's own error is what matters. */
  function cutBack(video: OpenVideo): void {
    try {
      ftruncateSync(video.fd, video.bytes);
    } catch {
      // e.g. not a regular file; the next chunk still writes at video.bytes.
    }
  }

  function close(id: number): void {
    const video = open.get(id);
    if (!video) return;
    open.delete(id);
    closeSync(video.fd);
  }

  return {
    pathOf,
    info,

    append(id: number, seq: number, mimeType: string, bytes: Uint8Array): { bytes: number } {
      if (!/^video\/webm\b/i.test(mimeType)) {
        throw new ApiError('invalid_payload', `Video chunks must be WebM (video/webm), got "${mimeType}".`);
      }
      const video = open.get(id);
      const expected = video?.nextSeq ?? 0;
      if (seq !== expected) {
        const what = seq < expected ? 'was already received' : `leaves a gap (chunk ${expected} was never received)`;
        throw new ApiError('invalid_payload', `Video chunk ${seq} for session ${id} ${what}; expected chunk ${expected}. Nothing was written.`);
      }
      let target = video;
      if (!target) {
        mkdirSync(videosDir, { recursive: true });
        target = { fd: openSync(pathOf(id), 'w'), nextSeq: 0, bytes: 0 };
        open.set(id, target);
      }
      try {
        for (let written = 0; written < bytes.byteLength; ) {
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

    /** Closes the session's file and tells what was recorded (null when no chunk ever came). */
    finish(id: number): VideoInfo | null {
      close(id);
      return info(id);
    },

    remove(id: number): void {
      close(id);
      rmSync(pathOf(id), { force: true });
    },

    closeAll(): void {
      for (const id of [...open.keys()]) close(id);
    },
  };
}
