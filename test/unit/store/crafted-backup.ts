/** Backups for the data-safety tests: made by Retrowalk, then edited as an attacker (or a bad disk) would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Services } from '../../../src/main/services';
import { IMPORT_CHUNK_BYTES } from '../../../src/shared/api';
import { makeFrames, NEW_SESSION } from '../main/support';
import { dataFolder, openServices } from './support';

export interface StoredVideoColumns {
  source: 'recorded' | 'imported';
  video_owned: 0 | 1;
  video_path: string | null;
  deleted_at?: string | null;
}

/** A finished recording with `videoBytes` bytes of video, each byte `fill`. */
export async function recording(services: Services, videoBytes: number, fill = 7): Promise<number> {
  const h = services.handlers;
  const { id } = await h['sessions.create'](NEW_SESSION);
  await h['sessions.appendFrames']({ id, frames: makeFrames(30) });
  await h['video.appendChunk']({ id, seq: 0, mimeType: 'video/webm', bytes: new Uint8Array(videoBytes).fill(fill) });
  await h['sessions.finish']({ id, durationMs: 1000 });
  return id;
}

/** A backup file of one session per entry of `rows`, whose video columns are then set to them. */
export async function craftedBackup(rows: StoredVideoColumns[]): Promise<string> {
  const dir = dataFolder();
  const services = openServices(dir);
  const ids: number[] = [];
  for (const [i] of rows.entries()) {
    const { id } = await services.handlers['sessions.create']({
      ...NEW_SESSION,
      startedAt: `2026-03-0${i + 1}T10:00:00.000Z`,
    });
    await services.handlers['sessions.appendFrames']({ id, frames: makeFrames(30) });
    await services.handlers['sessions.finish']({ id, durationMs: 1000 });
    ids.push(id);
  }
  const backup = await services.handlers['backup.create']({});
  services.close();
  const file = join(dir, 'backups', backup.fileName);
  const db = new Database(file);
  const edit = db.prepare(
    'UPDATE sessions SET source = @source, video_owned = @video_owned, video_path = @video_path, video_bytes = 100, deleted_at = @deleted_at WHERE id = @id',
  );
  rows.forEach((row, i) => edit.run({ deleted_at: null, ...row, id: ids[i] }));
  db.close();
  return file;
}

/** Uploads a file as the browser does (import.uploadBegin / uploadChunk). */
export async function upload(services: Services, file: string): Promise<string> {
  const bytes = readFileSync(file);
  const { uploadId } = await services.handlers['import.uploadBegin']({
    fileName: 'backup.sqlite',
    bytes: bytes.length,
  });
  for (let offset = 0; offset < bytes.length; offset += IMPORT_CHUNK_BYTES) {
    await services.handlers['import.uploadChunk']({
      uploadId,
      offset,
      bytes: bytes.subarray(offset, offset + IMPORT_CHUNK_BYTES),
    });
  }
  return uploadId;
}
