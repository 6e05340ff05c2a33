import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/dataDir';
import { encodeFrames } from '../../../src/main/store/frameCodec';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../../src/main/store/migrations';
import { sessionMetrics } from '../../../src/shared/progress';
import { asStored, makeFrames } from '../main/support';
import { addThunderResult, dataFolder, openServices, syntheticWalk } from './support';

/** A database as Retrowalk v3 left it: the settings' height, two analysed sessions (one re-analysed) and their frames. */
function v3Database(dir: string, settings: Record<string, unknown>, sessionCount = 2) {
  const db = new Database(join(dir, DATABASE_FILE));
  migrate(db, MIGRATIONS.slice(0, 3));
  for (const [key, value] of Object.entries(settings))
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, JSON.stringify(value));
  const walk = syntheticWalk(3);
  const frames = makeFrames(60, { nullEvery: 6 });
  for (let id = 1; id <= sessionCount; id++) {
    db.prepare(
      `INSERT INTO sessions (id, started_at, model, fps, width, height, status, analysis, frame_count, last_t, source)
                VALUES (?, ?, 'lightning', 30, 640, 480, 'complete', ?, 60, ?, 'recorded')`,
    ).run(id, `2026-0${id}-01T10:00:00.000Z`, JSON.stringify(walk.analysis), frames[59].t);
    db.prepare('INSERT INTO frame_batches (session_id, frame_count, data) VALUES (?, 30, ?), (?, 30, ?)').run(
      id,
      encodeFrames(frames.slice(0, 30)),
      id,
      encodeFrames(frames.slice(30)),
    );
  }
  if (sessionCount > 0) addThunderResult(db, frames, '2026-01-02T00:00:00Z');
  db.close();
  return { frames, analysis: walk.analysis };
}

describe('migration v3 → v4 → v5', () => {
  it('gives every session to one person "Me" with the old height setting, who becomes active; frames, results and metrics follow', () => {
    const dir = dataFolder();
    const { frames, analysis } = v3Database(dir, { heightCm: 172, liveModel: 'thunder' });
    const services = openServices(dir);
    expect(services.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);

    const people = services.people.list();
    expect(people).toEqual([
      {
        id: expect.any(Number),
        name: 'Me',
        heightCm: 172,
        birthYear: null,
        createdAt: expect.any(String),
        sessionCount: 2,
        goals: { kneePastToe: null, backwardMinPerWeek: null },
        kidsMode: false,
      },
    ]);
    const me = people[0];
    expect(services.handlers['settings.get']({})).toMatchObject({ personId: me.id, liveModel: 'thunder' });
    expect(services.db.prepare("SELECT COUNT(*) FROM settings WHERE key = 'heightCm'").pluck().get()).toBe(0);

    const sessions = services.sessions.list(me.id);
    expect(sessions.map((s) => s.id)).toEqual([2, 1]);
    expect(sessions[1]).toMatchObject({
      personId: me.id,
      variant: 'flat',
      title: null,
      notes: '',
      tags: [],
      deletedAt: null,
      loadKg: null,
    });
    expect(sessions[1].results.map((r) => r.model)).toEqual(['lightning', 'thunder']);
    expect(services.sessions.frames(1)).toEqual(asStored(frames));
    expect(services.sessions.frames(1, 'thunder')).toHaveLength(60);

    // The analysis is in shank lengths; the metrics column holds it in cm with Me's height.
    const stored = services.db
      .prepare('SELECT metrics, fingerprint, analysis_height_cm FROM sessions WHERE id = 1')
      .get() as { metrics: string; fingerprint: string; analysis_height_cm: number };
    expect(stored.analysis_height_cm).toBe(172); // v5: analysed with the height of the time
    expect(JSON.parse(stored.metrics)).toEqual(sessionMetrics(analysis, 172));
    expect(JSON.parse(stored.metrics).peakKneePastToeCm.left).toEqual(expect.any(Number));
    expect(stored.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const other = services.db.prepare('SELECT fingerprint FROM sessions WHERE id = 2').pluck().get();
    expect(other).not.toBe(stored.fingerprint); // same frames, another start time
    expect(services.db.pragma('foreign_key_check')).toEqual([]);
    expect(services.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('makes nobody when there were no sessions and no height', () => {
    const dir = dataFolder();
    v3Database(dir, { liveModel: 'lightning' }, 0);
    const services = openServices(dir);
    expect(services.people.list()).toEqual([]);
    expect(services.handlers['settings.get']({})).toMatchObject({ personId: null });
  });

  it('keeps a height set before any session, as "Me"', () => {
    const dir = dataFolder();
    v3Database(dir, { heightCm: 180 }, 0);
    const services = openServices(dir);
    expect(services.people.list()).toMatchObject([{ name: 'Me', heightCm: 180, sessionCount: 0 }]);
  });

  it('a person needs to exist for a session: the schema refuses an unknown person_id', () => {
    const services = openServices();
    expect(() =>
      services.db
        .prepare(
          "INSERT INTO sessions (person_id, started_at, model, fps, width, height, status) VALUES (99, 'x', 'lightning', 30, 1, 1, 'complete')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      services.db
        .prepare(
          "INSERT INTO sessions (person_id, started_at, model, fps, width, height, status) VALUES (NULL, 'x', 'lightning', 30, 1, 1, 'complete')",
        )
        .run(),
    ).toThrow(/NOT NULL/);
  });
});
