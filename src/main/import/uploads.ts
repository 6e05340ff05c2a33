/**
 * Browser-mode uploads: a video arrives in chunks, each written at its offset straight into a
 * temporary file in the data folder's incoming/ folder (never held whole in memory). An import job
 * then takes the file over; an upload never imported is deleted by uploadAbort, when it has been
 * idle too long, or at the next start. Uploads are limited in number, bytes and idle time, and the
 * disk space each still needs is reserved, so parallel uploads cannot fill the disk together.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_CHUNK_BYTES, MAX_IMPORT_BYTES } from '../../shared/api';
import { ApiError } from '../errors';
import { warmWorkers } from '../../node/parallel/worker-pool';

interface Upload {
  fileName: string;
  path: string;
  bytes: number;
  received: number;
  /** Drops the upload when it has received nothing for UploadLimits.idleMs. */
  idle: NodeJS.Timeout;
}

export interface UploadLimits {
  /** Uploads open at once (begun and neither imported nor aborted). */
  concurrent: number;
  /** Bytes announced by the open uploads together. */
  totalBytes: number;
  /** An upload that receives nothing for this long is dropped and its file deleted. */
  idleMs: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { concurrent: 4, totalBytes: 2 * MAX_IMPORT_BYTES, idleMs: 120_000 };

export interface CompleteUpload {
  fileName: string;
  path: string;
}

/** Uploads and copies of videos being imported, under the data folder; emptied at every start. */
export const INCOMING_FOLDER = 'incoming';

/** Room left on the disk for everything else after an upload. */
const SPARE_BYTES = 256 * 1024 * 1024;

/** Sizes as file managers show them (1 GB = 1024³ bytes). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 || Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

export function tooLargeMessage(fileName: string, bytes: number): string {
  return `${fileName} is ${formatBytes(bytes)}; Retrowalk imports videos up to ${formatBytes(MAX_IMPORT_BYTES)}: trim the video or export it at a lower resolution first.`;
}

export type Uploads = ReturnType<typeof createUploads>;

/** Free bytes on the disk holding `dir`. */
function diskFreeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

export interface UploadsOptions {
  limits?: Partial<UploadLimits>;
  /** The disk's free bytes (default: statfs of incomingDir); tests stand in a small disk. */
  freeBytes?: (dir: string) => number;
}

export function createUploads(incomingDir: string, options: UploadsOptions = {}) {
  const limits = { ...DEFAULT_UPLOAD_LIMITS, ...options.limits };
  const freeBytes = () => (options.freeBytes ?? diskFreeBytes)(incomingDir);
  const uploads = new Map<string, Upload>();

  function find(uploadId: string): Upload {
    const upload = uploads.get(uploadId);
    if (!upload)
      throw new ApiError(
        'not_found',
        `No upload ${uploadId} (it was imported, aborted, idle for over ${limits.idleMs / 1000} s, or Retrowalk restarted).`,
      );
    return upload;
  }

  function drop(uploadId: string, upload: Upload): void {
    clearTimeout(upload.idle);
    uploads.delete(uploadId);
    rmSync(upload.path, { force: true });
  }

  const sum = (f: (upload: Upload) => number): number =>
    [...uploads.values()].reduce((total, upload) => total + f(upload), 0);

  /** Refuses an upload of `bytes` that is one too many, too many bytes at once, or does not fit beside the others. */
  function assertRoomFor(fileName: string, bytes: number): void {
    if (uploads.size >= limits.concurrent) {
      throw new ApiError(
        'conflict',
        `${uploads.size} uploads are already under way; Retrowalk takes ${limits.concurrent} at a time: import or cancel one before adding ${fileName}.`,
      );
    }
    const announced = sum((upload) => upload.bytes);
    if (announced + bytes > limits.totalBytes) {
      throw new ApiError(
        'conflict',
        `${fileName} (${formatBytes(bytes)}) and the uploads under way (${formatBytes(announced)}) come to more than the ${formatBytes(limits.totalBytes)} Retrowalk takes at a time: import or cancel one first.`,
      );
    }
    // Space the uploads under way still need is taken already, though not yet written.
    const reserved = sum((upload) => upload.bytes - upload.received);
    const room = freeBytes() - reserved - SPARE_BYTES;
    if (bytes > room) {
      const others = reserved > 0 ? ` beside the uploads under way (${formatBytes(reserved)} still to come)` : '';
      throw new ApiError(
        'disk_full',
        `${fileName} (${formatBytes(bytes)}) does not fit on the disk of the data folder${others}: there is room for ${formatBytes(Math.max(0, room))}.`,
      );
    }
  }

  return {
    incomingDir,

    begin(fileName: string, bytes: number): { uploadId: string; chunkBytes: number } {
      if (bytes > MAX_IMPORT_BYTES) throw new ApiError('invalid_payload', tooLargeMessage(fileName, bytes));
      if (bytes === 0) throw new ApiError('invalid_payload', `${fileName} is empty: there is no video in it.`);
      mkdirSync(incomingDir, { recursive: true });
      assertRoomFor(fileName, bytes);
      const uploadId = randomUUID();
      const path = join(incomingDir, `${uploadId}.upload`);
      closeSync(openSync(path, 'w'));
      const idle = setTimeout(() => drop(uploadId, upload), limits.idleMs).unref();
      const upload: Upload = { fileName, path, bytes, received: 0, idle };
      uploads.set(uploadId, upload);
      // An import follows: start the analysis workers (about a second each) while the bytes arrive.
      warmWorkers('lightning');
      return { uploadId, chunkBytes: IMPORT_CHUNK_BYTES };
    },

    chunk(uploadId: string, offset: number, data: Uint8Array): { received: number; complete: boolean } {
      const upload = find(uploadId);
      if (offset !== upload.received) {
        throw new ApiError(
          'invalid_payload',
          `Upload ${uploadId}: a chunk at byte ${offset} arrived, expected byte ${upload.received}; nothing was written.`,
        );
      }
      if (upload.received + data.byteLength > upload.bytes) {
        throw new ApiError(
          'invalid_payload',
          `Upload ${uploadId}: more bytes than the ${upload.bytes} announced; nothing was written.`,
        );
      }
      if (upload.received === upload.bytes)
        throw new ApiError('invalid_payload', `Upload ${uploadId} is already complete.`);
      upload.idle.refresh();
      // Opened per chunk: an upload left unfinished holds no file descriptor.
      const fd = openSync(upload.path, 'r+');
      try {
        for (let written = 0; written < data.byteLength;) {
          written += writeSync(fd, data, written, data.byteLength - written, upload.received + written);
        }
      } finally {
        closeSync(fd);
      }
      upload.received += data.byteLength;
      return { received: upload.received, complete: upload.received === upload.bytes };
    },

    abort(uploadId: string): { aborted: boolean } {
      const upload = uploads.get(uploadId);
      if (!upload) return { aborted: false };
      drop(uploadId, upload);
      return { aborted: true };
    },

    /** Hands a complete upload's file over to an import job (which deletes or moves it). */
    take(uploadId: string): CompleteUpload {
      const upload = find(uploadId);
      if (upload.received !== upload.bytes) {
        throw new ApiError(
          'invalid_payload',
          `Upload of ${upload.fileName} is incomplete: ${upload.received} of ${upload.bytes} bytes received.`,
        );
      }
      clearTimeout(upload.idle);
      uploads.delete(uploadId);
      return { fileName: upload.fileName, path: upload.path };
    },

    /** Deletes every upload, and whatever an earlier run left in incoming/ (no job survives a restart). */
    clear(): void {
      for (const upload of uploads.values()) clearTimeout(upload.idle);
      uploads.clear();
      rmSync(incomingDir, { recursive: true, force: true });
    },
  };
}
