/**
 * A session's stored analyses follow its height: when it changes (a correction for all sessions, a
 * move to someone else) they are worked out again from the stored keypoints, own result and other
 * models' alike, so every screen reading them agrees with progress, and cm appear once a height exists.
 */
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { analyzeSession } from '../../../src/shared/gait';
import type { GaitAnalysis } from '../../../src/shared/gait/types';
import { sessionMetrics } from '../../../src/shared/progress';
import { makeFrames, NEW_SESSION } from '../main/support';
import { openServices, recordSession, storedMetrics, syntheticWalk, walkAnalysedFromStored } from './support';

/** The seed of the walk every session's Thunder result is made of. */
const THUNDER_SEED = 4;

/** Records a walk of `seed` (analysed at `heightCm`, as the renderer does) with a Thunder result beside it, as a re-analysis saves it. */
async function recordWithThunder(services: Services, personId: number, seed: number, heightCm: number | null) {
  const own = await recordSession(services, { personId, startedAt: `2026-03-0${seed}T10:00:00.000Z`, seed });
  const thunder = syntheticWalk(THUNDER_SEED, 100, heightCm);
  services.sessions.saveResult(own.id, {
    model: 'thunder',
    width: thunder.input.width,
    height: thunder.input.height,
    direction: thunder.analysis.direction,
    analysis: thunder.analysis,
    warnings: [],
    frames: thunder.input.frames.map((f) => ({ t: f.t, keypoints: f.keypoints as [number, number, number][] | null })),
  });
  return own;
}

/** The session's results' analyses as sessions.get gives them (the session detail, replay, report, compare and JSON export read these). */
async function analyses(services: Services, id: number): Promise<{ own: GaitAnalysis; thunder: GaitAnalysis }> {
  const session = (await services.handlers['sessions.get']({ id }))!;
  const [own, thunder] = session.results.map((r) => r.analysis as GaitAnalysis);
  return { own, thunder };
}

/** Everything stored about the session's analyses, as text. */
function storedText(services: Services, id: number): unknown {
  return {
    session: services.db
      .prepare('SELECT analysis, analysis_height_cm, direction, metrics FROM sessions WHERE id = ?')
      .get(id),
    tracks: services.db
      .prepare('SELECT analysis, direction FROM session_tracks WHERE session_id = ? ORDER BY id')
      .all(id),
  };
}

const stepLengths = (analysis: GaitAnalysis): (number | null)[] => analysis.step_list.map((s) => s.step_length);

/** Each step length after a change of height from `from` to `to`: in proportion, to the 0.1-cm rounding of both. */
function expectScaled(before: GaitAnalysis, after: GaitAnalysis, from: number, to: number): void {
  const ratio = to / from;
  expect(after.step_list.map((s) => s.t_s)).toEqual(before.step_list.map((s) => s.t_s));
  const pairs = before.step_list
    .map((s, i) => [s.step_length, after.step_list[i].step_length] as const)
    .filter(([b]) => b !== null);
  expect(pairs.length).toBeGreaterThan(3);
  for (const [b, a] of pairs) expect(Math.abs(a! - b! * ratio)).toBeLessThanOrEqual(0.05 * (1 + ratio) + 1e-9);
}

describe("a session's stored analyses follow its height", () => {
  it('filmed before a height was entered: correcting it for all sessions gives step lengths and knee past toe in cm, for every model', async () => {
    const services = openServices();
    const h = services.handlers;
    const sam = await h['people.create']({ name: 'Sam', heightCm: null, birthYear: null });
    const { id } = await recordWithThunder(services, sam.id, 1, null);
    const before = await analyses(services, id);
    expect(before.own.knee_past_toe.unit).toBe('shank');
    expect(stepLengths(before.own).every((l) => l === null)).toBe(true);
    expect(stepLengths(before.thunder).every((l) => l === null)).toBe(true);

    expect(await h['people.update']({ id: sam.id, heightCm: 170, heightApplies: 'all' })).toMatchObject({
      heightCm: 170,
    });
    const after = await analyses(services, id);
    const known = walkAnalysedFromStored(1, undefined, 170);
    expect(after.own.knee_past_toe.unit).toBe('cm');
    expect(stepLengths(after.own)).toEqual(stepLengths(known));
    expect(stepLengths(after.own).filter((l) => l !== null).length).toBeGreaterThan(3);
    expect(after.own).toEqual(known);
    expect(after.thunder).toEqual(walkAnalysedFromStored(THUNDER_SEED, undefined, 170));
    expect(stepLengths(after.thunder).some((l) => l !== null)).toBe(true);
    expect(storedMetrics(services, id)).toEqual(sessionMetrics(known, 170));
    expect(services.db.prepare('SELECT analysis_height_cm, direction FROM sessions WHERE id = ?').get(id)).toEqual({
      analysis_height_cm: 170,
      direction: known.direction,
    });
  });

  it('a correction 170 → 180 scales every step length of every model by 180 / 170', async () => {
    const services = openServices();
    const h = services.handlers;
    const ann = await h['people.create']({ name: 'Ann', heightCm: 170, birthYear: null });
    const { id } = await recordWithThunder(services, ann.id, 2, 170);
    const before = await analyses(services, id);
    await h['people.update']({ id: ann.id, heightCm: 180, heightApplies: 'all' });
    const after = await analyses(services, id);
    expectScaled(before.own, after.own, 170, 180);
    expectScaled(before.thunder, after.thunder, 170, 180);
    expect(after.own).toEqual(walkAnalysedFromStored(2, undefined, 180));
    expect(storedMetrics(services, id)).toEqual(sessionMetrics(after.own, 180));
  });

  it("'from-now' (they grew) leaves every stored analysis as it was, byte for byte", async () => {
    const services = openServices();
    const h = services.handlers;
    const kid = await h['people.create']({ name: 'Kid', heightCm: 130, birthYear: 2017 });
    const { id } = await recordWithThunder(services, kid.id, 1, 130);
    const before = storedText(services, id);
    await h['people.update']({ id: kid.id, heightCm: 136, heightApplies: 'from-now' });
    expect(storedText(services, id)).toEqual(before);
  });

  it('moved to someone of another height, its analyses are worked out in theirs; to someone of the same height, nothing changes', async () => {
    const services = openServices();
    const h = services.handlers;
    const ann = await h['people.create']({ name: 'Ann', heightCm: 168, birthYear: null });
    const bea = await h['people.create']({ name: 'Bea', heightCm: 168, birthYear: null });
    const cy = await h['people.create']({ name: 'Cy', heightCm: 121, birthYear: null });
    const { id } = await recordWithThunder(services, ann.id, 1, 168);
    const before = storedText(services, id);
    await h['sessions.update']({ id, personId: bea.id });
    expect(storedText(services, id)).toEqual(before);

    expect(await h['sessions.update']({ id, personId: cy.id })).toMatchObject({ personId: cy.id, heightCm: 121 });
    const after = await analyses(services, id);
    expect(after.own).toEqual(walkAnalysedFromStored(1, undefined, 121));
    expect(after.thunder).toEqual(walkAnalysedFromStored(THUNDER_SEED, undefined, 121));
    expect(storedMetrics(services, id)).toEqual(sessionMetrics(after.own, 121));
  });

  it('a session still recording gets no analysis, a finished one is analysed in the height it has; both take the height', async () => {
    const services = openServices();
    const h = services.handlers;
    const sam = await h['people.create']({ name: 'Sam', heightCm: null, birthYear: null });
    const recording = await h['sessions.create']({ ...NEW_SESSION, personId: sam.id });
    await h['sessions.appendFrames']({ id: recording.id, frames: makeFrames(20) });
    const failed = await h['sessions.create']({
      ...NEW_SESSION,
      personId: sam.id,
      startedAt: '2026-03-02T10:00:00.000Z',
    });
    await h['sessions.appendFrames']({ id: failed.id, frames: makeFrames(20) });
    await h['sessions.finish']({ id: failed.id, durationMs: 700 });

    await h['people.update']({ id: sam.id, heightCm: 170, heightApplies: 'all' });
    expect(await h['sessions.get']({ id: recording.id })).toMatchObject({
      status: 'recording',
      heightCm: 170,
      analysis: null,
    });
    const stored = await h['sessions.frames']({ id: failed.id });
    const known = analyzeSession(
      { fps: NEW_SESSION.fps, width: NEW_SESSION.width, height: NEW_SESSION.height, frames: stored },
      { heightCm: 170 },
    );
    expect(await h['sessions.get']({ id: failed.id })).toMatchObject({
      status: 'complete',
      heightCm: 170,
      analysis: known,
    });
  });

  it("a height changed while a video was analysed: the import and another model's result are saved in the height the session has", async () => {
    const services = openServices();
    const h = services.handlers;
    const sam = await h['people.create']({ name: 'Sam', heightCm: null, birthYear: null });
    // The import began without a height; Sam's was entered (170 cm) before it was saved.
    const walk = syntheticWalk(1);
    await h['people.update']({ id: sam.id, heightCm: 170, heightApplies: 'all' });
    const { id } = services.sessions.saveImported(
      {
        personId: sam.id,
        model: 'lightning',
        width: walk.input.width,
        height: walk.input.height,
        direction: walk.analysis.direction,
        analysis: walk.analysis,
        analysedHeightCm: null,
        warnings: [],
        startedAt: '2026-03-01T10:00:00.000Z',
        fps: walk.input.fps,
        durationMs: 5000,
        frames: walk.input.frames.map((f) => ({ t: f.t, keypoints: f.keypoints as [number, number, number][] | null })),
        originalName: 'walk.mp4',
        video: { path: '/nowhere/walk.mp4', bytes: 1 },
        videoOwned: false,
      },
      () => '/nowhere/walk.mp4',
    );
    const known = walkAnalysedFromStored(1, undefined, 170);
    expect((await analyses(services, id)).own).toEqual(known);
    expect(storedMetrics(services, id)).toEqual(sessionMetrics(known, 170));
    expect(services.db.prepare('SELECT analysis_height_cm FROM sessions WHERE id = ?').pluck().get(id)).toBe(170);

    const thunder = syntheticWalk(THUNDER_SEED, 100, 160);
    const result = {
      model: 'thunder' as const,
      width: thunder.input.width,
      height: thunder.input.height,
      direction: thunder.analysis.direction,
      analysis: thunder.analysis,
      warnings: [],
      frames: thunder.input.frames.map((f) => ({
        t: f.t,
        keypoints: f.keypoints as [number, number, number][] | null,
      })),
    };
    services.sessions.saveResult(id, { ...result, analysedHeightCm: 160 });
    expect((await analyses(services, id)).thunder).toEqual(walkAnalysedFromStored(THUNDER_SEED, undefined, 170));
    // Analysed in the session's height: saved as it came.
    const inHeight = syntheticWalk(THUNDER_SEED, 100, 170).analysis;
    services.sessions.saveResult(id, { ...result, analysis: inHeight, analysedHeightCm: 170 });
    expect((await analyses(services, id)).thunder).toEqual(inHeight);
  });

  it('a height corrected while a walk was being recorded: its analysis is saved in the new height', async () => {
    const services = openServices();
    const h = services.handlers;
    const sam = await h['people.create']({ name: 'Sam', heightCm: null, birthYear: null });
    const walk = syntheticWalk(1); // the renderer analyses the take with the height Sam had when it began: none
    const { id } = await h['sessions.create']({
      personId: sam.id,
      startedAt: '2026-03-01T10:00:00.000Z',
      model: 'lightning',
      width: walk.input.width,
      height: walk.input.height,
      fps: walk.input.fps,
    });
    await h['sessions.appendFrames']({
      id,
      frames: walk.input.frames.map((f) => ({ t: f.t, keypoints: f.keypoints as [number, number, number][] | null })),
    });
    await h['people.update']({ id: sam.id, heightCm: 170, heightApplies: 'all' });
    await h['sessions.finish']({ id, durationMs: 5000 });
    const known = walkAnalysedFromStored(1, undefined, 170);
    expect(await h['sessions.get']({ id })).toMatchObject({ heightCm: 170, analysis: known });
    expect(storedMetrics(services, id)).toEqual(sessionMetrics(known, 170));
  });

  it('a correction for many sessions lets other work run between each one and answers when all are done', async () => {
    const services = openServices();
    const h = services.handlers;
    const sam = await h['people.create']({ name: 'Sam', heightCm: null, birthYear: null });
    const ids: number[] = [];
    for (const seed of [1, 2, 3, 4, 5])
      ids.push(
        (await recordSession(services, { personId: sam.id, startedAt: `2026-03-0${seed}T10:00:00.000Z`, seed })).id,
      );

    // A ticker on the event loop, and how far it had got each time a session was worked out again.
    let ticks = 0;
    let ticking = true;
    const tick = (): void => {
      if (!ticking) return;
      ticks += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const ticksAtEach: number[] = [];
    const sessions = services.sessions;
    const reanalyse = sessions.reanalyse.bind(sessions);
    sessions.reanalyse = (id) => {
      ticksAtEach.push(ticks);
      return reanalyse(id);
    };
    try {
      await h['people.update']({ id: sam.id, heightCm: 170, heightApplies: 'all' });
    } finally {
      ticking = false;
    }

    expect(ticksAtEach).toHaveLength(ids.length);
    // The ticker ran before the first session and between every two.
    expect(ticksAtEach[0]).toBeGreaterThan(0);
    for (let i = 1; i < ticksAtEach.length; i++) expect(ticksAtEach[i]).toBeGreaterThan(ticksAtEach[i - 1]);
    // Answered once all were done.
    for (const id of ids) expect((await analyses(services, id)).own.knee_past_toe.unit).toBe('cm');
  });
});
