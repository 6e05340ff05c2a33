import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/dataDir';
import { encodeFrames } from '../../../src/main/store/frameCodec';
import { metricsJson } from '../../../src/main/store/metricsColumn';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../../src/main/store/migrations';
import { asStored, makeFrames } from '../main/support';
import { addThunderResult, dataFolder, openServices, syntheticWalk } from './support';

/**
 * A database as Retrowalk v5 left it: Kid (now 136 cm) with a session analysed at 130 cm (before a
 * height edit), one never analysed and one in the trash; Ann without a height, with one session.
 */
function v5Database(dir: string) {
  const db = new Database(join(dir, DATABASE_FILE));
  migrate(db, MIGRATIONS.slice(0, 5));
  const kid = Number(
    db.prepare("INSERT INTO people (name, height_cm, created_at) VALUES ('Kid', 136, '2026-01-01')").run()
      .lastInsertRowid,
  );
  const ann = Number(
    db.prepare("INSERT INTO people (name, height_cm, created_at) VALUES ('Ann', NULL, '2026-01-01')").run()
      .lastInsertRowid,
  );
  const { analysis } = syntheticWalk(5, 100, 130);
  const frames = makeFrames(60, { nullEvery: 7 });
  const insert =
    db.prepare(`INSERT INTO sessions (id, person_id, started_at, deleted_at, model, fps, width, height, status, analysis, analysis_height_cm, metrics, frame_count, last_t, title, tags)
                             VALUES (@id, @personId, @startedAt, @deletedAt, 'lightning', 30, 640, 480, 'complete', @analysis, @analysedCm, @metrics, 60, 2000, @title, '["park"]')`);
  const metrics = metricsJson(analysis, 136, 130);
  insert.run({
    id: 1,
    personId: kid,
    startedAt: '2026-03-01T10:00:00.000Z',
    deletedAt: null,
    analysis: JSON.stringify(analysis),
    analysedCm: 130,
    metrics,
    title: 'March',
  });
  insert.run({
    id: 2,
    personId: kid,
    startedAt: '2026-03-08T10:00:00.000Z',
    deletedAt: null,
    analysis: null,
    analysedCm: null,
    metrics: null,
    title: null,
  });
  insert.run({
    id: 3,
    personId: kid,
    startedAt: '2026-03-09T10:00:00.000Z',
    deletedAt: new Date().toISOString(),
    analysis: null,
    analysedCm: null,
    metrics: null,
    title: null,
  }); // trashed today: not purged at start
  insert.run({
    id: 4,
    personId: ann,
    startedAt: '2026-03-02T10:00:00.000Z',
    deletedAt: null,
    analysis: null,
    analysedCm: null,
    metrics: null,
    title: null,
  });
  db.prepare('INSERT INTO frame_batches (session_id, frame_count, data) VALUES (1, 60, ?)').run(encodeFrames(frames));
  addThunderResult(db, frames, '2026-03-02');
  db.close();
  return { kid, ann, frames, metrics };
}

describe('migration v5 → v6', () => {
  it("gives every session its person's height now (not the analysis's), keeping frames, results, metrics and details", () => {
    const dir = dataFolder();
    const { kid, ann, frames, metrics } = v5Database(dir);
    const services = openServices(dir);
    expect(services.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(9);

    const kids = [...services.sessions.list(kid), ...services.sessions.list(kid, { trash: true })];
    expect(kids.map((s) => [s.id, s.heightCm])).toEqual([
      [2, 136],
      [1, 136],
      [3, 136],
    ]);
    expect(services.sessions.list(ann).map((s) => s.heightCm)).toEqual([null]);
    const first = services.sessions.get(1)!;
    expect(first).toMatchObject({ heightCm: 136, title: 'March', tags: ['park'], personId: kid });
    expect(first.results.map((r) => r.model)).toEqual(['lightning', 'thunder']);
    expect(services.sessions.frames(1)).toEqual(asStored(frames));
    expect(services.sessions.frames(1, 'thunder')).toEqual(asStored(frames));
    // What was shown before is shown after: the metrics in Kid's height now, untouched.
    expect(services.db.prepare('SELECT metrics, analysis_height_cm FROM sessions WHERE id = 1').get()).toEqual({
      metrics,
      analysis_height_cm: 130,
    });
  });

  it('keeps the analysis the last column (a list never walks it), the indexes, and frames deleted with their session', () => {
    const dir = dataFolder();
    v5Database(dir);
    const services = openServices(dir);
    const columns = (services.db.pragma('table_info(sessions)') as { name: string }[]).map((c) => c.name);
    expect(columns.at(-1)).toBe('analysis');
    expect(columns).toContain('height_cm');
    const indexes = services.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sessions' ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual(['sessions_by_fingerprint', 'sessions_by_person', 'sessions_in_trash']);
    expect(services.db.pragma('foreign_key_check')).toEqual([]);
    expect(services.db.pragma('foreign_keys', { simple: true })).toBe(1);
    services.sessions.delete(1);
    expect(services.db.prepare('SELECT COUNT(*) FROM frame_batches').pluck().get()).toBe(0);
    expect(services.db.prepare('SELECT COUNT(*) FROM session_tracks').pluck().get()).toBe(0);
  });
});
