/**
 * Schema v3 on real SQLite files: existing sessions migrate as recordings with one result; a
 * session keeps one result per model; an import's save is all or nothing.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/dataDir';
import { createServices } from '../../../src/main/services';
import { encodeFrames } from '../../../src/main/store/frameCodec';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../../src/main/store/migrations';
import { asStored, makeFrames, tempDataDir } from '../main/support';
import { rowCounts } from './support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function open(dir: string) {
  const services = createServices({ dataDir: dir, mode: 'electron' });
  cleanups.unshift(() => services.close());
  return services;
}
function freshDir(): string {
  const data = tempDataDir();
  cleanups.push(data.remove);
  return data.dir;
}

describe('schema v3: sources and per-model results', () => {
  it('migrates a v2 database: its sessions become recordings with their one result, frames untouched', () => {
    const dir = freshDir();
    const old = new Database(join(dir, DATABASE_FILE));
    migrate(old, MIGRATIONS.slice(0, 2));
    old
      .prepare(
        `INSERT INTO sessions (id, started_at, model, fps, width, height, status, direction, analysis, video_path, video_bytes, frame_count, last_t)
                 VALUES (3, '2026-01-02T00:00:00Z', 'lightning', 30, 640, 480, 'complete', 'backward', '{"direction":"backward"}', '/v/3.webm', 99, 40, 1300)`,
      )
      .run();
    const frames = makeFrames(40, { nullEvery: 5 });
    old
      .prepare('INSERT INTO frame_batches (session_id, frame_count, data) VALUES (3, 40, ?)')
      .run(encodeFrames(frames));
    old.close();

    const services = open(dir);
    expect(services.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(services.sessions.get(3)).toMatchObject({
      source: 'recorded',
      originalName: null,
      videoOwned: true,
      videoPath: '/v/3.webm',
      results: [
        {
          model: 'lightning',
          frameCount: 40,
          width: 640,
          height: 480,
          direction: 'backward',
          analysis: { direction: 'backward' },
          warnings: [],
        },
      ],
    });
    expect(services.sessions.frames(3)).toEqual(asStored(frames));
  });

  it("keeps one result per model, replaces a model's result, never the session's own, and deletes them with the session", () => {
    const services = open(freshDir());
    const { id } = services.sessions.create({
      startedAt: '2026-03-01T10:00:00.000Z',
      model: 'lightning',
      width: 640,
      height: 480,
      fps: 30,
    });
    const own = makeFrames(30);
    services.sessions.appendFrames(id, own);
    const thunder = makeFrames(700, { startIndex: 3, nullEvery: 7 }); // more than one stored batch
    const result = {
      model: 'thunder' as const,
      width: 320,
      height: 240,
      frames: thunder,
      direction: 'forward',
      analysis: { n: 1 },
      warnings: ['w'],
    };
    services.sessions.saveResult(id, result);
    services.sessions.saveResult(id, { ...result, analysis: { n: 2 } }); // a second Thunder run replaces the first
    expect(services.sessions.get(id)!.results.map((r) => [r.model, r.frameCount, r.width, r.analysis])).toEqual([
      ['lightning', 30, 640, null],
      ['thunder', 700, 320, { n: 2 }],
    ]);
    expect(services.sessions.frames(id)).toEqual(asStored(own));
    expect(services.sessions.frames(id, 'thunder')).toEqual(asStored(thunder));
    expect(() => services.sessions.saveResult(id, { ...result, model: 'lightning' })).toThrow(
      /own results are already lightning/,
    );
    expect(rowCounts(services)).toEqual({ sessions: 1, frames: 1 + 3, tracks: 1 });
    services.sessions.delete(id);
    expect(rowCounts(services)).toEqual({ sessions: 0, frames: 0, tracks: 0 });
  });

  it('an import whose video cannot be put in place saves nothing', () => {
    const services = open(freshDir());
    const input = {
      model: 'lightning' as const,
      width: 640,
      height: 480,
      frames: makeFrames(400),
      direction: 'forward',
      analysis: {},
      warnings: [],
      startedAt: '2026-03-01T10:00:00.000Z',
      fps: 30,
      durationMs: 13_300,
      originalName: 'walk.mp4',
      video: { path: '/nowhere/walk.mp4', bytes: 1 },
      videoOwned: true,
    };
    expect(() =>
      services.sessions.saveImported(input, () => {
        throw new Error('disk unplugged');
      }),
    ).toThrow('disk unplugged');
    expect(rowCounts(services)).toEqual({ sessions: 0, frames: 0, tracks: 0 });
    const saved = services.sessions.saveImported(input, (id) => `/videos/${id}.mp4`);
    expect(saved).toMatchObject({
      source: 'imported',
      originalName: 'walk.mp4',
      videoPath: `/videos/${saved.id}.mp4`,
      frameCount: 400,
      status: 'complete',
    });
    expect(services.sessions.frames(saved.id)).toEqual(asStored(makeFrames(400)));
  });
});
