/**
 * Browser-mode uploads: a video arrives in chunks, each written at its offset straight into a
 * temporary file in the data folder's incoming/ folder (never held whole in memory). An import job
 * then takes the file over; an upload never imported is deleted by uploadAbort or at the next start.
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
  fd: number | null;
  bytes: number;
  received: number;
}

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

export function createUploads(incomingDir: string) {
  const uploads = new Map<string, Upload>();

  function find(uploadId: string): Upload {
    const upload = uploads.get(uploadId);
    if (!upload) throw new ApiError('not_found', `No upload ${uploadId} (it was imported, aborted, or Retrowalk restarted).`);
    return upload;
  }

  function close(upload: Upload): void {
    if (upload.fd !== null) closeSync(upload.fd);
    upload.fd = null;
  }

  function freeBytes(): number {
    const stats = statfsSync(incomingDir);
    return stats.bavail * stats.bsize;
  }

  return {
    incomingDir,

    begin(fileName: string, bytes: number): { uploadId: string; chunkBytes: number } {
      if (bytes > MAX_IMPORT_BYTES) throw new ApiError('invalid_payload', tooLargeMessage(fileName, bytes));
      if (bytes === 0) throw new ApiError('invalid_payload', `${fileName} is empty: there is no video in it.`);
      mkdirSync(incomingDir, { recursive: true });
      if (bytes + SPARE_BYTES > freeBytes()) {
        throw new ApiError('disk_full', `${fileName} (${formatBytes(bytes)}) does not fit on the disk of the data folder (${formatBytes(freeBytes())} free).`);
      }
      const uploadId = randomUUID();
      const path = join(incomingDir, `${uploadId}.upload`);
      uploads.set(uploadId, { fileName, path, fd: openSync(path, 'w'), bytes, received: 0 });
      // An import follows: start the analysis workers (about a second each) while the bytes arrive.
      warmWorkers('lightning');
      return { uploadId, chunkBytes: IMPORT_CHUNK_BYTES };
    },

    chunk(uploadId: string, offset: number, data: Uint8Array): { received: number; complete: boolean } {
      const upload = find(uploadId);
      if (offset !== upload.received) {
        throw new ApiError('invalid_payload', `Upload ${uploadId}: a chunk at byte ${offset} arrived, expected byte ${upload.received}; nothing was written.`);
      }
      if (upload.received + data.byteLength > upload.bytes) {
        throw new ApiError('invalid_payload', `Upload ${uploadId}: more bytes than the ${upload.bytes} announced; nothing was written.`);
      }
      if (upload.fd === null) throw new ApiError('invalid_payload', `Upload ${uploadId} is already complete.`);
      for (let written = 0; written < data.byteLength; ) {
        written += writeSync(upload.fd, data, written, data.byteLength - written, upload.received + written);
      }
      upload.received += data.byteLength;
      const complete = upload.received === upload.bytes;
      if (complete) close(upload);
      return { received: upload.received, complete };
    },

    abort(uploadId: string): { aborted: boolean } {
      const upload = uploads.get(uploadId);
      if (!upload) return { aborted: false };
      uploads.delete(uploadId);
      close(upload);
      rmSync(upload.path, { force: true });
      return { aborted: true };
    },

    /** Hands a complete upload's file over to an import job (which deletes or moves it). */
    take(uploadId: string): CompleteUpload {
      const upload = find(uploadId);
      if (upload.received !== upload.bytes) {
        throw new ApiError('invalid_payload', `Upload of ${upload.fileName} is incomplete: ${upload.received} of ${upload.bytes} bytes received.`);
      }
      uploads.delete(uploadId);
      return { fileName: upload.fileName, path: upload.path };
    },

    /** Deletes every upload, and whatever an earlier run left in incoming/ (no job survives a restart). */
    clear(): void {
      for (const upload of uploads.values()) close(upload);
      uploads.clear();
      rmSync(incomingDir, { recursive: true, force: true });
    },
  };
}
