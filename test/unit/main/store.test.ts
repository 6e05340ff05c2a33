import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/dataDir';
import { createDispatch } from '../../../src/main/api/dispatch';
import { ApiError } from '../../../src/main/errors';
import { createServices, type Services } from '../../../src/main/services';
import { encodeFrames } from '../../../src/main/store/frameCodec';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../../src/main/store/migrations';
import { asStored, makeFrames, NEW_SESSION, tempDataDir } from './support';
import { DEFAULT_SETTINGS } from '../../../src/shared/api';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function open(dir?: string): { services: Services; dir: string } {
  const data = dir ? { dir, remove: () => {} } : tempDataDir();
  const services = createServices({ dataDir: data.dir, mode: 'browser' });
  cleanups.push(data.remove, () => services.db.open && services.close());
  return { services, dir: data.dir };
}

describe('migrations', () => {
  it('builds the latest schema from an empty database file', () => {
    const { services } = open();
    expect(services.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(services.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = services.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual([
      'frame_batches',
      'people',
      'session_tracks',
      'session_trims',
      'sessions',
      'settings',
      'sqlite_sequence',
    ]);
  });

  it('migrates a v1 database with recorded sessions, backfilling frame counts and last times', () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const file = join(data.dir, DATABASE_FILE);
    // A database as the first schema left it, written by the v1 code path (migration 1 only).
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old
      .prepare(
        "INSERT INTO sessions (id, started_at, model, fps, width, height, status) VALUES (7, '2026-01-01T00:00:00Z', 'thunder', 30, 640, 480, 'complete')",
      )
      .run();
    const frames = makeFrames(45, { nullEvery: 4 });
    const insert = old.prepare('INSERT INTO frame_batches (session_id, frame_count, data) VALUES (7, ?, ?)');
    insert.run(30, encodeFrames(frames.slice(0, 30)));
    insert.run(15, encodeFrames(frames.slice(30)));
    old.close();

    const { services } = open(data.dir);
    expect(services.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const session = services.sessions.get(7)!;
    expect(session.frameCount).toBe(45);
    expect(session.model).toBe('thunder');
    expect(services.db.prepare('SELECT last_t FROM sessions WHERE id = 7').get()).toEqual({ last_t: frames[44].t });
    expect(services.sessions.frames(7)).toEqual(asStored(frames));
  });

  it('refuses a database from a newer Retrowalk instead of damaging it', () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const db = new Database(join(data.dir, DATABASE_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => createServices({ dataDir: data.dir, mode: 'browser' })).toThrow(/newer than this Retrowalk knows/);
  });
});

describe('sessions and frames', () => {
  it('round-trips frames exactly (times exact, keypoints at Float32 precision, no-person frames as null)', () => {
    const { services } = open();
    const { id } = services.sessions.create(NEW_SESSION);
    const frames = makeFrames(95, { nullEvery: 3 });
    for (let i = 0; i < frames.length; i += 30) services.sessions.appendFrames(id, frames.slice(i, i + 30));
    expect(services.sessions.frames(id)).toEqual(asStored(frames));
    expect(services.sessions.get(id)).toMatchObject({ frameCount: 95, status: 'recording' });
  });

  it('rejects frames that go back in time and stores nothing of that batch', () => {
    const { services } = open();
    const { id } = services.sessions.create(NEW_SESSION);
    services.sessions.appendFrames(id, makeFrames(10));
    expect(() => services.sessions.appendFrames(id, makeFrames(5, { startIndex: 3 }))).toThrow(/goes back in time/);
    expect(services.sessions.frames(id)).toHaveLength(10);
  });

  it('finishes a session once; later writes are refused clearly', () => {
    const { services } = open();
    const { id } = services.sessions.create(NEW_SESSION);
    services.sessions.appendFrames(id, makeFrames(30));
    const done = services.sessions.finish(id, { durationMs: 1000, video: null });
    expect(done).toMatchObject({ status: 'complete', durationMs: 1000, frameCount: 30 });
    expect(() => services.sessions.appendFrames(id, makeFrames(1, { startIndex: 40 }))).toThrow(/is complete/);
    expect(() => services.sessions.frames(999)).toThrow(ApiError);
  });

  it('deleting a session deletes its frames too', () => {
    const { services } = open();
    const kept = services.sessions.create(NEW_SESSION);
    const gone = services.sessions.create(NEW_SESSION);
    services.sessions.appendFrames(kept.id, makeFrames(30));
    services.sessions.appendFrames(gone.id, makeFrames(30));
    expect(services.sessions.delete(gone.id)).toBe(true);
    const batches = services.db
      .prepare('SELECT session_id, COUNT(*) AS n FROM frame_batches GROUP BY session_id')
      .all();
    expect(batches).toEqual([{ session_id: kept.id, n: 1 }]);
    expect(services.sessions.delete(gone.id)).toBe(false);
  });

  it('marks sessions left recording as interrupted at the next start, keeping their frames', () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = createServices({ dataDir: data.dir, mode: 'browser' });
    const { id } = first.sessions.create(NEW_SESSION);
    first.sessions.appendFrames(id, makeFrames(60));
    first.close();
    const { services } = open(data.dir);
    expect(services.interruptedAtStart).toEqual([id]);
    expect(services.sessions.get(id)).toMatchObject({
      status: 'interrupted',
      frameCount: 60,
      durationMs: makeFrames(60)[59].t,
    });
  });

  it('reports a full disk as disk_full and leaves no half-written batch', async () => {
    const { services } = open();
    const { id } = services.sessions.create(NEW_SESSION);
    services.sessions.appendFrames(id, makeFrames(30));
    // Cap the file at its current size: SQLite then fails exactly as on a full disk (SQLITE_FULL).
    const pages = services.db.pragma('page_count', { simple: true }) as number;
    services.db.pragma(`max_page_count = ${pages}`);
    const internalErrors: unknown[] = [];
    const dispatch = createDispatch(services.handlers, (err) => internalErrors.push(err));
    const outcome = await dispatch('sessions.appendFrames', { id, frames: makeFrames(300, { startIndex: 30 }) });
    expect(outcome).toEqual({
      ok: false,
      status: 507,
      body: { error: { code: 'disk_full', message: expect.stringMatching(/disk .* is full: nothing was saved/) } },
    });
    expect(internalErrors).toEqual([]);
    expect(services.sessions.get(id)!.frameCount).toBe(30);
    expect(services.sessions.frames(id)).toHaveLength(30);
  });
});

describe('damaged database at start', () => {
  const damages: Record<string, (file: string) => void> = {
    'random bytes': (file) =>
      writeFileSync(file, Buffer.from(Array.from({ length: 16384 }, (_, i) => (i * 2654435761) % 251))),
    truncated: (file) => truncateSync(file, Math.floor(readFileSync(file).length / 3)),
  };

  for (const [kind, damage] of Object.entries(damages)) {
    it(`keeps a ${kind} file aside, starts fresh and says so`, () => {
      const data = tempDataDir();
      cleanups.push(data.remove);
      const first = createServices({ dataDir: data.dir, mode: 'browser' });
      const { id } = first.sessions.create(NEW_SESSION);
      for (let i = 0; i < 20; i++) first.sessions.appendFrames(id, makeFrames(30, { startIndex: i * 30 }));
      first.db.pragma('wal_checkpoint(TRUNCATE)');
      first.close();
      const file = join(data.dir, DATABASE_FILE);
      damage(file);
      const damagedBytes = readFileSync(file);

      const { services } = open(data.dir);
      expect(services.info.startupNotice).toMatch(/database file was damaged.*kept at .*retrowalk\.db\.damaged-/);
      const aside = readdirSync(data.dir).filter(
        (f) => f.startsWith(`${DATABASE_FILE}.damaged-`) && !f.endsWith('-wal') && !f.endsWith('-shm'),
      );
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(data.dir, aside[0]))).toEqual(damagedBytes);
      expect(services.sessions.list()).toEqual([]);
      const fresh = services.sessions.create(NEW_SESSION);
      services.sessions.appendFrames(fresh.id, makeFrames(3));
      expect(services.sessions.frames(fresh.id)).toHaveLength(3);
      expect(existsSync(file)).toBe(true);
    });
  }
});

describe('settings', () => {
  it('starts from defaults, persists partial updates across restarts', () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = createServices({ dataDir: data.dir, mode: 'browser' });
    expect(first.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ personId: null, liveModel: 'lightning', backend: null, units: 'metric' });
    first.settings.update({ liveModel: 'thunder', backend: 'wasm', backendTimings: { wasm: 30.5 } });
    first.close();
    const { services } = open(data.dir);
    expect(services.settings.get()).toEqual({
      ...DEFAULT_SETTINGS,
      liveModel: 'thunder',
      backend: 'wasm',
      backendTimings: { wasm: 30.5 },
    });
  });
});
