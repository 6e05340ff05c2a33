import {
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Services } from '../../../src/main/services';
import { sessionMetrics } from '../../../src/shared/progress';
import { upload } from './crafted-backup';
import { dataFolder, openServices, recordSession } from './support';

/** A family's data: two people, three sessions (one re-dated), one in the trash. */
async function family(services: Services) {
  const h = services.handlers;
  const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: 1988 });
  const kid = await h['people.create']({ name: 'Kid', heightCm: 121, birthYear: 2017 });
  const sessions = [
    await recordSession(services, { personId: anna.id, startedAt: '2026-03-01T10:00:00.000Z', seed: 1 }),
    await recordSession(services, { personId: kid.id, startedAt: '2026-03-02T10:00:00.000Z', seed: 2 }),
    await recordSession(services, { personId: anna.id, startedAt: '2026-03-03T10:00:00.000Z', seed: 3 }),
  ];
  await h['sessions.update']({ id: sessions[0].id, title: 'First walk', tags: ['park'] });
  await h['sessions.delete']({ id: sessions[2].id });
  return { anna, kid, sessions };
}

const everything = (services: Services) => ({
  people: services.people.list(),
  sessions: services.people
    .list()
    .flatMap((p) => [...services.sessions.list(p.id), ...services.sessions.list(p.id, { trash: true })]),
  frames: services.db.prepare('SELECT COUNT(*) FROM frame_batches').pluck().get(),
});

describe('backup and restore', () => {
  it('backup → delete everything → restore finds every session, person and frame again; the replaced file is kept', async () => {
    const dir = dataFolder();
    const services = openServices(dir);
    const h = services.handlers;
    const { anna, sessions } = await family(services);
    const before = everything(services);

    const backup = await h['backup.create']({});
    expect(backup).toEqual({
      fileName: expect.stringMatching(/^retrowalk-backup-[\dT-]+Z\.sqlite$/),
      bytes: expect.any(Number),
      sessions: 3,
      people: 2,
    });
    const backupFile = join(dir, 'backups', backup.fileName);
    expect(statSync(backupFile).size).toBe(backup.bytes);
    expect(existsSync(`${backupFile}-wal`)).toBe(false);

    for (const s of before.sessions) {
      await h['sessions.delete']({ id: s.id });
      await h['sessions.purge']({ id: s.id });
    }
    for (const p of before.people) await h['people.delete']({ id: p.id });
    expect(everything(services)).toEqual({ people: [], sessions: [], frames: 0 });

    const restored = await h['backup.restore']({ from: 'upload', uploadId: await upload(services, backupFile) });
    expect(restored).toEqual({
      sessions: 3,
      people: 2,
      previousKeptAs: expect.stringMatching(/retrowalk\.before-restore-.*\.sqlite$/),
      videosDropped: 0,
      notice: null,
    });
    expect(everything(services)).toEqual(before);
    expect(services.sessions.frames(sessions[0].id)).toHaveLength(sessions[0].analysis.quality.frames);
    expect((await h['progress.get']({ personId: anna.id, variant: null, utcOffsetMin: 0 })).points).toHaveLength(1);
    // The kept file is the emptied database, whole without its -wal.
    const kept = new Database(restored.previousKeptAs, { readonly: true });
    expect(kept.prepare('SELECT COUNT(*) FROM sessions').pluck().get()).toBe(0);
    kept.close();
    expect(readdirSync(join(dir, 'incoming'))).toEqual([]);
    // The restored database keeps working: a new recording goes to the active person.
    const next = await recordSession(services, { startedAt: '2026-03-10T10:00:00.000Z', seed: 4 });
    expect(services.sessions.get(next.id)).toMatchObject({ personId: anna.id });
  });

  const damages: Record<string, [RegExp, (file: string) => void]> = {
    'a truncated copy': [
      /backup\.sqlite is damaged .*; nothing was changed\.$/,
      (file) => truncateSync(file, Math.floor(statSync(file).size / 2)),
    ],
    'a copy with bytes overwritten in the middle': [
      /backup\.sqlite is damaged \(SQLite's integrity check says: .*\); nothing was changed\.$/,
      (file) => {
        // Garbage over the sessions table's root page: what a bad disk sector does.
        const db = new Database(file, { readonly: true });
        const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sessions'").pluck().get() as number;
        const pageSize = db.pragma('page_size', { simple: true }) as number;
        db.close();
        const fd = openSync(file, 'r+');
        writeSync(fd, Buffer.alloc(200, 0xa7), 0, 200, (root - 1) * pageSize + 8);
        closeSync(fd);
      },
    ],
    "an SQLite file that is not Retrowalk's": [
      /backup\.sqlite is an SQLite database, but not one of Retrowalk's; nothing was changed\.$/,
      (file) => {
        writeFileSync(file, '');
        const db = new Database(file);
        db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
        db.close();
      },
    ],
    'a text file': [
      /backup\.sqlite is not a Retrowalk backup: it is not an SQLite database; nothing was changed\.$/,
      (file) => writeFileSync(file, 'name,height\nAnna,168\n'.repeat(200)),
    ],
  };

  for (const [kind, [expected, damage]] of Object.entries(damages)) {
    it(`refuses ${kind} with bad_file and changes nothing`, async () => {
      const dir = dataFolder();
      const services = openServices(dir);
      const h = services.handlers;
      await family(services);
      const backup = await h['backup.create']({});
      const candidate = join(dir, 'candidate.sqlite');
      copyFileSync(join(dir, 'backups', backup.fileName), candidate);
      damage(candidate);
      await h['people.create']({ name: 'Added after the backup', heightCm: null, birthYear: null });
      const before = everything(services);

      const dispatch = createDispatch(h);
      const outcome = await dispatch('backup.restore', { from: 'upload', uploadId: await upload(services, candidate) });
      expect(outcome).toMatchObject({
        ok: false,
        status: 422,
        body: { error: { code: 'bad_file', message: expect.stringMatching(expected) } },
      });
      expect(everything(services)).toEqual(before);
      expect(readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('.restore-'))).toEqual([]);
      expect(readdirSync(join(dir, 'incoming'))).toEqual([]);
      const merge = await dispatch('backup.merge', { from: 'upload', uploadId: await upload(services, candidate) });
      expect(merge).toMatchObject({ ok: false, body: { error: { code: 'bad_file' } } });
      expect(everything(services)).toEqual(before);
    });
  }

  it('a path is only for the desktop app', () => {
    const h = openServices().handlers;
    expect(() => h['backup.restore']({ from: 'path', path: '/tmp/x.sqlite' })).toThrow(
      /only the desktop app can open a path/,
    );
  });
});

describe('merging a backup from another computer', () => {
  it('adds the sessions not here yet (people matched by name or created), and a second merge adds nothing', async () => {
    const otherDir = dataFolder();
    const other = openServices(otherDir);
    const { sessions, kid: otherKid } = await family(other);
    await other.handlers['people.update']({ id: otherKid.id, heightCm: 127, heightApplies: 'from-now' }); // grew since their walk
    const backup = await other.handlers['backup.create']({});
    const backupFile = join(otherDir, 'backups', backup.fileName);

    const services = openServices(dataFolder(), { mode: 'electron' });
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'ANNA', heightCm: 170, birthYear: null });
    await recordSession(services, { personId: anna.id, startedAt: '2026-02-01T10:00:00.000Z', seed: 9 });

    expect(await h['backup.merge']({ from: 'path', path: backupFile })).toEqual({
      imported: 2,
      skipped: 0,
      peopleCreated: 1,
      videosDropped: 0,
    });
    const annas = services.sessions.list(anna.id);
    expect(annas.map((s) => s.startedAt)).toEqual(['2026-03-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z']);
    expect(annas[0]).toMatchObject({ title: 'First walk', tags: ['park'], videoPath: null });
    expect(services.sessions.frames(annas[0].id)).toEqual(other.sessions.frames(sessions[0].id));
    const kid = services.people.byName('Kid')!;
    expect(kid).toMatchObject({ heightCm: 127, birthYear: 2017, sessionCount: 1 });
    expect(services.sessions.list(kid.id).map((s) => s.heightCm)).toEqual([121]);
    expect(services.sessions.list(kid.id)[0].metrics).toEqual(sessionMetrics(sessions[1].analysis, 121));
    // A session keeps the height it was filmed at (168 there), not its person's here (170).
    expect(annas.map((s) => s.heightCm)).toEqual([168, 170]);
    const points = (await h['progress.get']({ personId: anna.id, variant: null, utcOffsetMin: 0 })).points;
    expect(points.find((p) => p.sessionId === annas[0].id)?.metrics).toEqual(sessionMetrics(sessions[0].analysis, 168));

    expect(await h['backup.merge']({ from: 'path', path: backupFile })).toEqual({
      imported: 0,
      skipped: 2,
      peopleCreated: 0,
      videosDropped: 0,
    });
    expect(services.sessions.list(anna.id)).toHaveLength(2);
    expect(services.db.pragma('foreign_key_check')).toEqual([]);
  });
});
