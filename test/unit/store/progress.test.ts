import { describe, expect, it } from 'vitest';
import { sessionMetrics } from '../../../src/shared/progress';
import { NEW_SESSION } from '../main/support';
import { openServices, recordSession } from './support';

describe('progress.get', () => {
  it("gives one point per analysed session of the person outside the trash, oldest first, with the stored analyses' numbers", async () => {
    const services = openServices(undefined, { now: () => new Date('2026-03-20T12:00:00.000Z') });
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
    const ben = await h['people.create']({ name: 'Ben', heightCm: 121, birthYear: null });
    const late = await recordSession(services, {
      personId: anna.id,
      startedAt: '2026-03-10T10:00:00.000Z',
      seed: 1,
      cadence: 96,
    });
    const early = await recordSession(services, {
      personId: anna.id,
      startedAt: '2026-03-02T10:00:00.000Z',
      seed: 2,
      cadence: 110,
    });
    const trashed = await recordSession(services, {
      personId: anna.id,
      startedAt: '2026-03-05T10:00:00.000Z',
      seed: 3,
    });
    await recordSession(services, { personId: ben.id, startedAt: '2026-03-03T10:00:00.000Z', seed: 4 });
    const unanalysed = await h['sessions.create']({ ...NEW_SESSION, personId: anna.id });
    await h['sessions.finish']({ id: unanalysed.id, durationMs: 0 });
    await h['sessions.delete']({ id: trashed.id });
    await h['sessions.update']({ id: late.id, variant: 'sled', loadKg: 15, title: 'Sled day' });

    const report = await h['progress.get']({ personId: anna.id, variant: null, utcOffsetMin: 60 });
    expect(report.personId).toBe(anna.id);
    expect(report.points).toEqual([
      {
        sessionId: early.id,
        startedAt: '2026-03-02T10:00:00.000Z',
        title: null,
        variant: 'flat',
        direction: early.analysis.direction,
        metrics: sessionMetrics(early.analysis, 168),
      },
      {
        sessionId: late.id,
        startedAt: '2026-03-10T10:00:00.000Z',
        title: 'Sled day',
        variant: 'sled',
        direction: late.analysis.direction,
        metrics: sessionMetrics(late.analysis, 168),
      },
    ]);
    expect(report.points[1].metrics.cadenceSpm).toBe(late.analysis.cadence_spm);
    expect(report.weekly.reduce((n, w) => n + w.sessions, 0)).toBe(2);

    const sled = await h['progress.get']({ personId: anna.id, variant: 'sled', utcOffsetMin: 0 });
    expect(sled.points.map((p) => p.sessionId)).toEqual([late.id]);
    expect((await h['progress.get']({ personId: ben.id, variant: null, utcOffsetMin: 0 })).points).toHaveLength(1);
    expect(() => h['progress.get']({ personId: 999, variant: null, utcOffsetMin: 0 })).toThrow(/No person with id 999/);
  });

  it("reads each session's stored direction and filters by it: backward, forward or all (the default)", async () => {
    const services = openServices(undefined, { now: () => new Date('2026-03-20T12:00:00.000Z') });
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
    const back = await recordSession(services, { personId: anna.id, startedAt: '2026-03-02T10:00:00.000Z', seed: 1 });
    const fwd = await recordSession(services, { personId: anna.id, startedAt: '2026-03-03T10:00:00.000Z', seed: 2 });
    const mixed = await recordSession(services, { personId: anna.id, startedAt: '2026-03-04T10:00:00.000Z', seed: 3 });
    expect(back.analysis.direction).toBe('backward'); // the synthetic walker walks backward
    // the stored column as an analysis of a forward walk and of a there-and-back walk would set it
    const setDirection = services.db.prepare('UPDATE sessions SET direction = ? WHERE id = ?');
    setDirection.run('forward', fwd.id);
    setDirection.run('mixed', mixed.id);
    const ids = async (direction?: 'backward' | 'forward' | 'all') =>
      (await h['progress.get']({ personId: anna.id, variant: null, direction, utcOffsetMin: 0 })).points.map((p) => [
        p.sessionId,
        p.direction,
      ]);
    expect(await ids('backward')).toEqual([[back.id, 'backward']]);
    expect(await ids('forward')).toEqual([[fwd.id, 'forward']]);
    expect(await ids('all')).toEqual([
      [back.id, 'backward'],
      [fwd.id, 'forward'],
      [mixed.id, 'mixed'],
    ]);
    expect(await ids()).toEqual(await ids('all'));
    const all = await h['progress.get']({ personId: anna.id, variant: null, direction: 'all', utcOffsetMin: 0 });
    expect(all.recordsDirection).toBe('backward');
    expect(new Set(all.bests.map((b) => b.sessionId))).toEqual(new Set([back.id]));
  });

  it("finds a person's points through the sessions_by_person index, already in order", () => {
    const services = openServices();
    const plan = services.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id, started_at, title, variant, direction, metrics FROM sessions
      WHERE person_id = 1 AND deleted_at IS NULL AND metrics IS NOT NULL ORDER BY started_at, id`,
      )
      .all() as { detail: string }[];
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(/USING INDEX sessions_by_person/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});
