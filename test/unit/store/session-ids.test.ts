/** Session ids are never handed out twice in a data folder (migration v7, store/sessionIds.ts). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/main/store/migrations';
import { NEW_SESSION } from '../main/support';
import { dataFolder, openServices } from './support';

describe('session ids', () => {
  it('the newest session deleted for good: the next one still gets a new id', async () => {
    const services = openServices();
    const h = services.handlers;
    const a = await h['sessions.create']({ ...NEW_SESSION });
    const b = await h['sessions.create']({ ...NEW_SESSION });
    await h['sessions.finish']({ id: b.id, durationMs: 0 });
    await h['sessions.delete']({ id: b.id });
    expect(await h['sessions.purge']({ id: b.id })).toEqual({ deleted: true });
    const c = await h['sessions.create']({ ...NEW_SESSION });
    expect(c.id).toBeGreaterThan(b.id);
    expect(a.id).toBeLessThan(b.id);
  });

  it('a fresh database after a damaged one continues after the ids its video files name', async () => {
    const dir = dataFolder();
    mkdirSync(join(dir, 'videos', 'orphaned'), { recursive: true });
    writeFileSync(join(dir, 'videos', '7-0badc0de.webm'), Buffer.alloc(10));
    writeFileSync(join(dir, 'videos', 'orphaned', '12.mp4'), Buffer.alloc(10));
    writeFileSync(join(dir, 'retrowalk.db'), 'this is not a database, it was damaged'.repeat(200));
    const services = openServices(dir);
    expect(services.info.startupNotice).toMatch(/damaged/);
    const { id } = await services.handlers['sessions.create']({ ...NEW_SESSION });
    expect(id).toBe(13);
  });

  it('migration v7 keeps every session with its id and the rows referring to it; then ids go on past the largest', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 6));
    db.prepare("INSERT INTO people (id, name, created_at) VALUES (1, 'Ada', '2026-01-01')").run();
    const insert = db.prepare(
      "INSERT INTO sessions (id, person_id, started_at, model, fps, width, height, status) VALUES (?, 1, '2026-03-01', 'lightning', 30, 640, 480, 'complete')",
    );
    for (const id of [1, 2, 5]) insert.run(id);
    db.prepare('INSERT INTO frame_batches (session_id, frame_count, data) VALUES (5, 1, ?)').run(Buffer.alloc(8));
    migrate(db);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'").pluck().get()).toMatch(
      /INTEGER PRIMARY KEY AUTOINCREMENT/,
    );
    expect(db.prepare('SELECT id FROM sessions ORDER BY id').pluck().all()).toEqual([1, 2, 5]);
    expect(db.prepare('SELECT session_id FROM frame_batches').pluck().all()).toEqual([5]);
    db.prepare('DELETE FROM sessions WHERE id = 5').run();
    const next = db
      .prepare(
        "INSERT INTO sessions (person_id, started_at, model, fps, width, height, status) VALUES (1, '2026-03-02', 'lightning', 30, 640, 480, 'complete')",
      )
      .run();
    expect(Number(next.lastInsertRowid)).toBe(6);
  });
});
