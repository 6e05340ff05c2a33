import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { sessionMetrics } from '../../../src/shared/progress';
import { makeFrames, NEW_SESSION } from '../main/support';
import { dataFolder, openServices, recordSession, storedMetrics, walkAnalysedFromStored } from './support';

const DAY_MS = 86_400_000;

/** Anna (168 cm) with a recorded walk, and Ben (121 cm) to move it to. */
async function annasWalkAndBen() {
  const services = openServices();
  const h = services.handlers;
  const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
  const ben = await h['people.create']({ name: 'Ben', heightCm: 121, birthYear: null });
  const walk = await recordSession(services, { personId: anna.id, startedAt: '2026-03-01T10:00:00.000Z', seed: 1 });
  return { services, anna, ben, ...walk };
}

describe('finishing a recording', () => {
  it("stores main's analysis of the stored keypoints, in the session's height; an analysis sent with it is not taken", async () => {
    const services = openServices();
    const h = services.handlers;
    const ada = await h['people.create']({ name: 'Ada', heightCm: 168, birthYear: null });
    const { id, analysis } = await recordSession(services, {
      personId: ada.id,
      startedAt: '2026-03-01T10:00:00.000Z',
      seed: 5,
    });
    expect(analysis.steps.count).toBeGreaterThan(5);
    expect(analysis.knee_past_toe.unit).toBe('cm');
    expect(await h['sessions.get']({ id })).toMatchObject({ direction: analysis.direction, analysis });
    // an old renderer's payload: its analysis field is dropped by the schema, main's is stored
    const { id: other } = await h['sessions.create']({
      personId: ada.id,
      startedAt: '2026-03-02T10:00:00.000Z',
      model: 'lightning',
      width: 640,
      height: 480,
      fps: 30,
    });
    await h['sessions.appendFrames']({ id: other, frames: makeFrames(40) });
    const payload = {
      id: other,
      durationMs: 1300,
      direction: 'backward',
      analysis: { direction: 'backward', steps: { count: 99 } },
    };
    const answer = await createDispatch(h)('sessions.finish', payload);
    expect(answer.ok).toBe(true);
    const done = (answer as { value: { status: string; analysis: { steps: { count: number } } } }).value;
    expect(done.status).toBe('complete');
    expect(done.analysis.steps.count).toBe(0);
  });
});

describe('session details', () => {
  it('edits what the user tells; the load is only kept for a sled; tags without repeats', async () => {
    const services = openServices();
    const h = services.handlers;
    const { id } = await recordSession(services, { startedAt: '2026-03-01T10:00:00.000Z' });
    const sled = await h['sessions.update']({
      id,
      title: 'Park, sled',
      variant: 'sled',
      loadKg: 20,
      distanceM: 40,
      notes: 'windy',
      tags: ['park', 'sled', 'park'],
    });
    expect(sled).toMatchObject({
      title: 'Park, sled',
      variant: 'sled',
      loadKg: 20,
      distanceM: 40,
      exerciseDurationS: null,
      notes: 'windy',
      tags: ['park', 'sled'],
    });
    const flat = await h['sessions.update']({ id, variant: 'flat', exerciseDurationS: 600 });
    expect(flat).toMatchObject({
      title: 'Park, sled',
      variant: 'flat',
      loadKg: null,
      distanceM: 40,
      exerciseDurationS: 600,
      tags: ['park', 'sled'],
    });
    expect(await h['sessions.update']({ id, title: null, tags: [] })).toMatchObject({
      title: null,
      tags: [],
      notes: 'windy',
    });
    expect(() => h['sessions.update']({ id: 999, title: 'x' })).toThrow(/No session with id 999/);
  });

  it('moves the date: stored in UTC, the list reordered by it; a date without an offset is refused', async () => {
    const services = openServices();
    const h = services.handlers;
    const first = await recordSession(services, { startedAt: '2026-03-01T10:00:00.000Z', seed: 1 });
    const second = await recordSession(services, { startedAt: '2026-03-02T10:00:00.000Z', seed: 2 });
    const ids = async () => (await h['sessions.list']({ trash: false })).map((s) => s.id);
    expect(await ids()).toEqual([second.id, first.id]);
    // 09:30 at UTC+02:00 is 07:30 UTC, a day after the second walk
    const moved = await h['sessions.update']({ id: first.id, startedAt: '2026-03-03T09:30:00+02:00' });
    expect(moved.startedAt).toBe('2026-03-03T07:30:00.000Z');
    expect(await ids()).toEqual([first.id, second.id]);
    const answer = await createDispatch(h)('sessions.update', { id: first.id, startedAt: '2026-03-03 09:30' });
    expect(answer).toMatchObject({ ok: false });
    expect(JSON.stringify(answer)).toContain('A date and time with its offset');
    expect((await h['sessions.get']({ id: first.id }))?.startedAt).toBe('2026-03-03T07:30:00.000Z');
  });

  it('moving a session to another person recomputes its lengths with their height', async () => {
    const { services, anna, ben, id, analysis } = await annasWalkAndBen();
    const h = services.handlers;
    const metrics = () => storedMetrics(services, id);
    expect(metrics()).toEqual(sessionMetrics(analysis, 168));
    expect(await h['sessions.update']({ id, personId: ben.id })).toMatchObject({ personId: ben.id, heightCm: 121 });
    expect(metrics()).toEqual(sessionMetrics(walkAnalysedFromStored(1, undefined, 121), 121));
    expect(metrics().peakKneePastToeCm.left).not.toEqual(sessionMetrics(analysis, 168).peakKneePastToeCm.left);
    expect(await h['sessions.list']({ personId: anna.id, trash: false })).toEqual([]);
    expect(() => h['sessions.update']({ id, personId: 999 })).toThrow(/No person with id 999/);
  });
});

describe('lengths follow the height of whoever the session belongs to', () => {
  it('a recording analysed in cm is rescaled when it moves to someone else, and has no cm once its person has no height', async () => {
    // The renderer analyses a recording with the active person's height: lengths in cm.
    const { services, anna, ben, id, analysis } = await annasWalkAndBen();
    const h = services.handlers;
    expect(analysis.knee_past_toe.unit).toBe('cm');
    const peakCm = () => storedMetrics(services, id).peakKneePastToeCm;
    const asAnalysed = sessionMetrics(analysis, 168).peakKneePastToeCm;
    expect(peakCm()).toEqual(asAnalysed);
    expect(asAnalysed.left).toEqual(expect.any(Number));

    await h['sessions.update']({ id, personId: ben.id });
    expect(peakCm().left).toBeCloseTo((asAnalysed.left! * 121) / 168, 1);
    await h['people.update']({ id: ben.id, heightCm: 130, heightApplies: 'all' });
    expect(peakCm().left).toBeCloseTo((asAnalysed.left! * 130) / 168, 1);
    await h['people.update']({ id: ben.id, heightCm: null, heightApplies: 'all' });
    expect(peakCm()).toEqual({ left: null, right: null });
    await h['sessions.update']({ id, personId: anna.id });
    expect(peakCm()).toEqual(asAnalysed);
  });
});

describe('the trash', () => {
  it('delete moves to the trash, restore brings back, purge deletes for good with the video', async () => {
    const services = openServices();
    const h = services.handlers;
    const { id } = await h['sessions.create'](NEW_SESSION);
    await h['sessions.appendFrames']({ id, frames: makeFrames(30) });
    await h['video.appendChunk']({ id, seq: 0, mimeType: 'video/webm', bytes: new Uint8Array(100) });
    const done = await h['sessions.finish']({ id, durationMs: 1000 });
    const personId = done.personId;

    expect(() => h['sessions.purge']({ id })).toThrow(/not in the trash/);
    expect(await h['sessions.delete']({ id })).toEqual({ deleted: true });
    expect(await h['sessions.delete']({ id })).toEqual({ deleted: false });
    expect(await h['sessions.list']({ personId, trash: false })).toEqual([]);
    expect((await h['sessions.list']({ personId, trash: true })).map((s) => s.id)).toEqual([id]);
    expect((await h['sessions.get']({ id }))?.deletedAt).toEqual(expect.any(String));
    expect(() => h['sessions.update']({ id, title: 'x' })).toThrow(/in the trash/);

    expect(await h['sessions.restore']({ id })).toMatchObject({ id, deletedAt: null });
    expect((await h['sessions.list']({ personId, trash: false })).map((s) => s.id)).toEqual([id]);

    await h['sessions.delete']({ id });
    expect(existsSync(done.videoPath!)).toBe(true);
    expect(await h['sessions.purge']({ id })).toEqual({ deleted: true });
    expect(existsSync(done.videoPath!)).toBe(false);
    expect(await h['sessions.get']({ id })).toBeNull();
    expect(services.db.prepare('SELECT COUNT(*) FROM frame_batches').pluck().get()).toBe(0);
    expect(await h['sessions.purge']({ id })).toEqual({ deleted: false });
  });

  it('a session still recording cannot go to the trash', async () => {
    const h = openServices().handlers;
    const { id } = await h['sessions.create'](NEW_SESSION);
    expect(() => h['sessions.delete']({ id })).toThrow(/still recording/);
  });

  it('sessions in the trash for over 30 days are deleted for good at the next start, younger ones stay', async () => {
    const dir = dataFolder();
    const start = new Date('2026-03-01T12:00:00.000Z');
    let clock = start;
    const first = openServices(dir, { now: () => clock });
    const h = first.handlers;
    const old = await recordSession(first, { startedAt: '2026-02-01T10:00:00.000Z' });
    const recent = await recordSession(first, { startedAt: '2026-02-02T10:00:00.000Z', seed: 2 });
    const kept = await recordSession(first, { startedAt: '2026-02-03T10:00:00.000Z', seed: 3 });
    await h['sessions.delete']({ id: old.id });
    clock = new Date(start.getTime() + 10 * DAY_MS);
    await h['sessions.delete']({ id: recent.id });
    first.close();

    const at29Days = openServices(dir, { now: () => new Date(start.getTime() + 29 * DAY_MS) });
    expect(at29Days.purgedAtStart).toEqual([]);
    at29Days.close();

    const at31Days = openServices(dir, { now: () => new Date(start.getTime() + 31 * DAY_MS) });
    expect(at31Days.purgedAtStart).toEqual([old.id]);
    expect(at31Days.sessions.get(old.id)).toBeNull();
    expect(at31Days.sessions.get(recent.id)?.deletedAt).toEqual(expect.any(String));
    expect(at31Days.sessions.get(kept.id)?.deletedAt).toBeNull();
  });
});
