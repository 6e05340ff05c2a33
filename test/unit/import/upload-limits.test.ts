/**
 * Browser-mode uploads are bounded: in number, in bytes (each and together), in
 * idle time, and in disk space reserved across the uploads under way; an unfinished upload holds no
 * file descriptor. Real files in a temporary folder; the disk's free space is stood in where a test
 * needs a small disk, and the idle clock is vitest's fake timers.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createUploads, DEFAULT_UPLOAD_LIMITS, type Uploads } from '../../../src/main/import/uploads';
import { startBrowserServer } from '../../../src/main/server/browserServer';
import { closeWorkers } from '../../../src/node/parallel/worker-pool';
import { IMPORT_CHUNK_BYTES, MAX_IMPORT_BYTES } from '../../../src/shared/api';
import { postApi, request, withToken } from '../main/http';
import { tempDir } from './support';

const temp = tempDir('upload-limits');
let made = 0;
const opened: Uploads[] = [];
/** Uploads into a folder of their own, as createServices makes them. */
function uploadsWith(options: Parameters<typeof createUploads>[1] = {}): Uploads {
  const uploads = createUploads(join(temp.dir, `incoming-${++made}`), options);
  opened.push(uploads);
  return uploads;
}
afterEach(() => {
  vi.useRealTimers();
  opened.splice(0).forEach((uploads) => uploads.clear());
});
afterAll(async () => {
  await closeWorkers(); // begin() warms the analysis workers
  temp.remove();
});

/** Files this process has open in `dir`. */
function openFilesIn(dir: string): string[] {
  return readdirSync('/dev/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/dev/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return []; // closed since the listing
    }
  });
}

const MiB = 1024 * 1024;
const SPARE = 256 * MiB; // uploads.ts leaves this much of the disk for everything else

describe('upload limits', () => {
  it('an unfinished upload holds no file descriptor', () => {
    const uploads = uploadsWith();
    for (let i = 0; i < 3; i++) {
      const { uploadId } = uploads.begin(`walk ${i}.mp4`, 1000);
      uploads.chunk(uploadId, 0, new Uint8Array(10).fill(i));
    }
    expect(readdirSync(uploads.incomingDir)).toHaveLength(3);
    expect(openFilesIn(uploads.incomingDir)).toEqual([]);
  });

  it(`takes ${DEFAULT_UPLOAD_LIMITS.concurrent} uploads at a time; an aborted or imported one makes room`, () => {
    const uploads = uploadsWith();
    const ids = Array.from(
      { length: DEFAULT_UPLOAD_LIMITS.concurrent },
      (_, i) => uploads.begin(`walk ${i}.mp4`, 10).uploadId,
    );
    expect(() => uploads.begin('one more.mp4', 10)).toThrow(
      `${DEFAULT_UPLOAD_LIMITS.concurrent} uploads are already under way; Retrowalk takes ${DEFAULT_UPLOAD_LIMITS.concurrent} at a time: import or cancel one before adding one more.mp4.`,
    );
    uploads.abort(ids[0]);
    const { uploadId } = uploads.begin('one more.mp4', 10);
    uploads.chunk(ids[1], 0, new Uint8Array(10));
    uploads.take(ids[1]); // handed to an import job
    expect(() => uploads.begin('and another.mp4', 10)).not.toThrow();
    expect(() => uploads.begin('too many.mp4', 10)).toThrow(/already under way/);
    uploads.abort(uploadId);
  });

  it('refuses one upload over 4 GB, and uploads together over 8 GB', () => {
    const uploads = uploadsWith({ freeBytes: () => 100 * 1024 ** 3 });
    expect(() => uploads.begin('huge.mov', MAX_IMPORT_BYTES + 1)).toThrow(/Retrowalk imports videos up to 4 GB/);
    uploads.begin('a.mov', MAX_IMPORT_BYTES);
    uploads.begin('b.mov', MAX_IMPORT_BYTES - 1000);
    expect(() => uploads.begin('c.mov', 1001)).toThrow(
      'c.mov (1001 bytes) and the uploads under way (8.0 GB) come to more than the 8 GB Retrowalk takes at a time: import or cancel one first.',
    );
    expect(() => uploads.begin('c.mov', 1000)).not.toThrow();
  });

  it('reserves the disk space of the uploads under way, and frees it when they finish or fail', () => {
    const uploads = uploadsWith({ freeBytes: () => SPARE + 1000 }); // room for 1000 bytes
    const first = uploads.begin('first.mp4', 600).uploadId;
    // Alone, 600 bytes would fit; beside the 600 the first upload still has to write, they do not.
    expect(() => uploads.begin('second.mp4', 600)).toThrow(
      'second.mp4 (600 bytes) does not fit on the disk of the data folder beside the uploads under way (600 bytes still to come): there is room for 400 bytes.',
    );
    uploads.chunk(first, 0, new Uint8Array(600)); // written: the disk's free space now says so itself
    const second = uploads.begin('second.mp4', 600).uploadId;
    uploads.abort(second);
    expect(() => uploads.begin('third.mp4', 1000)).not.toThrow();
  });

  it('drops an upload idle for too long: its file deleted, its place free; a chunk keeps it alive', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const uploads = uploadsWith({ limits: { concurrent: 1, idleMs: 5_000 } });
    const { uploadId } = uploads.begin('slow.mp4', 100);
    const file = join(uploads.incomingDir, `${uploadId}.upload`);
    vi.advanceTimersByTime(4_000);
    uploads.chunk(uploadId, 0, new Uint8Array(50).fill(7)); // 4 s idle: still there
    vi.advanceTimersByTime(4_000);
    expect(readFileSync(file)).toEqual(Buffer.alloc(50, 7)); // 8 s old, 4 s idle: still there
    expect(() => uploads.begin('waiting.mp4', 10)).toThrow(/already under way/);
    vi.advanceTimersByTime(1_001);
    expect(existsSync(file)).toBe(false);
    expect(() => uploads.chunk(uploadId, 50, new Uint8Array(50))).toThrow(
      `No upload ${uploadId} (it was imported, aborted, idle for over 5 s, or Retrowalk restarted).`,
    );
    expect(() => uploads.begin('waiting.mp4', 10)).not.toThrow();
  });
});

describe('upload chunks over HTTP', () => {
  it(`a chunk over ${IMPORT_CHUNK_BYTES / MiB} MiB is refused (413) before it is read whole`, async () => {
    const server = await startBrowserServer({
      dataDir: join(temp.dir, 'data'),
      rendererDir: join(temp.dir, 'renderer'),
      modelsDir: join(temp.dir, 'models'),
    });
    try {
      const begin = await postApi(server, 'import.uploadBegin', JSON.stringify({ fileName: 'a.mp4', bytes: 20 * MiB }));
      const { uploadId } = begin.body as { uploadId: string };
      const chunk = await request(server.port, `/api/import.uploadChunk?uploadId=${uploadId}&offset=0`, {
        method: 'POST',
        headers: { ...withToken(server), 'content-type': 'application/octet-stream' },
        body: Buffer.alloc(IMPORT_CHUNK_BYTES + 1),
      });
      expect([chunk.status, chunk.json()]).toEqual([
        413,
        { error: { code: 'invalid_payload', message: `Request body over ${IMPORT_CHUNK_BYTES} bytes.` } },
      ]);
    } finally {
      await server.close();
    }
  });
});
