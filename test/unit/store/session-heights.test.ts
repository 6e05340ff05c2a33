/** Each session keeps the height it was filmed at: a child grows, a typo is corrected, a walk changes hands. */
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Services } from '../../../src/main/services';
import type { SessionMetrics } from '../../../src/shared/progress';
import { sessionMetrics } from '../../../src/shared/progress';
import { makeFrames } from '../main/support';
import { openServices, recordSession, syntheticWalk, walkAnalysedFromStored } from './support';

function stored(services: Services, id: number): { height_cm: number | null; metrics: string | null } {
  return services.db.prepare('SELECT height_cm, metrics FROM sessions WHERE id = ?').get(id) as {
    height_cm: number | null;
    metrics: string | null;
  };
}
const peakCm = (services: Services, id: number): SessionMetrics['peakKneePastToeCm'] =>
  (JSON.parse(stored(services, id).metrics!) as SessionMetrics).peakKneePastToeCm;

/** Records as the renderer does: analysed with the person's height now (lengths in cm). */
function recordAt(services: Services, personId: number, startedAt: string, seed: number) {
  return recordSession(services, { personId, startedAt, seed });
}

describe("a person's height over time", () => {
  it("'from-now' (they grew): earlier sessions keep their height and metrics; new sessions, recorded or imported, take the new one", async () => {
    const services = openServices();
    const h = services.handlers;
    const kid = await h['people.create']({ name: 'Kid', heightCm: 130, birthYear: 2017 });
    const march = await recordAt(services, kid.id, '2026-03-01T10:00:00.000Z', 1);
    const april = await recordAt(services, kid.id, '2026-04-01T10:00:00.000Z', 2);
    const before = [stored(services, march.id), stored(services, april.id)];
    expect(before.map((s) => s.height_cm)).toEqual([130, 130]);

    expect(await h['people.update']({ id: kid.id, heightCm: 136, heightApplies: 'from-now' })).toMatchObject({
      heightCm: 136,
    });
    expect([stored(services, march.id), stored(services, april.id)]).toEqual(before);
    expect((await h['sessions.list']({ personId: kid.id, trash: false })).map((s) => s.heightCm)).toEqual([130, 130]);
    expect(await h['sessions.get']({ id: march.id })).toMatchObject({ heightCm: 130 });

    const november = await recordAt(services, kid.id, '2026-11-01T10:00:00.000Z', 3);
    expect(await h['sessions.get']({ id: november.id })).toMatchObject({ heightCm: 136 });
    expect(JSON.parse(stored(services, november.id).metrics!)).toEqual(sessionMetrics(november.analysis, 136));

    const walk = syntheticWalk(4, 100, 136);
    const imported = services.sessions.saveImported(
      {
        personId: kid.id,
        model: 'lightning',
        width: walk.input.width,
        height: walk.input.height,
        direction: walk.analysis.direction,
        analysis: walk.analysis,
        warnings: [],
        frames: makeFrames(30),
        startedAt: '2026-11-02T10:00:00.000Z',
        fps: 30,
        durationMs: 1000,
        originalName: 'walk.mp4',
        video: { path: '/nowhere/walk.mp4', bytes: 1 },
        videoOwned: false,
      },
      () => '/nowhere/walk.mp4',
    );
    expect(imported.heightCm).toBe(136);
  });

  it("'all' (a correction) gives every session the new height, the trash included, and their cm are worked out again in it", async () => {
    const services = openServices();
    const h = services.handlers;
    const kid = await h['people.create']({ name: 'Kid', heightCm: 130, birthYear: 2017 });
    const march = await recordAt(services, kid.id, '2026-03-01T10:00:00.000Z', 1);
    await h['people.update']({ id: kid.id, heightCm: 136, heightApplies: 'from-now' });
    const november = await recordAt(services, kid.id, '2026-11-01T10:00:00.000Z', 2);
    const trashed = await recordAt(services, kid.id, '2026-11-03T10:00:00.000Z', 3);
    await h['sessions.delete']({ id: trashed.id });
    const asAnalysed = { [march.id]: 130, [november.id]: 136, [trashed.id]: 136 };
    const seeds = { [march.id]: 1, [november.id]: 2, [trashed.id]: 3 };

    // Through the dispatcher, as the renderer sends it.
    const dispatch = createDispatch(h);
    expect(await dispatch('people.update', { id: kid.id, heightCm: 135, heightApplies: 'all' })).toMatchObject({
      ok: true,
      value: { heightCm: 135 },
    });
    for (const { id, analysis } of [march, november, trashed]) {
      expect(stored(services, id).height_cm).toBe(135);
      const analysed = analysis.knee_past_toe.peak;
      expect(analysis.knee_past_toe.unit).toBe('cm');
      const ratio = 135 / asAnalysed[id];
      const now = peakCm(services, id);
      expect(now).toEqual(sessionMetrics(walkAnalysedFromStored(seeds[id], undefined, 135), 135).peakKneePastToeCm);
      for (const side of ['left', 'right'] as const) {
        // cm are proportional to the height: the analysed cm × new / old, to the 0.1-cm rounding of each
        expect(Math.abs(now[side]! - analysed[side]! * ratio)).toBeLessThanOrEqual(0.05 * (1 + ratio) + 1e-9);
      }
    }
    expect(peakCm(services, march.id).left).not.toBe(march.analysis.knee_past_toe.peak.left);
  });

  it('a name or birth-year edit changes no session, whatever heightApplies says; a bad heightApplies is refused clearly', async () => {
    const services = openServices();
    const h = services.handlers;
    const kid = await h['people.create']({ name: 'Kid', heightCm: 130, birthYear: null });
    const march = await recordAt(services, kid.id, '2026-03-01T10:00:00.000Z', 1);
    await h['people.update']({ id: kid.id, heightCm: 136, heightApplies: 'from-now' });
    const before = stored(services, march.id);
    const dispatch = createDispatch(h);
    // The person form sends every field: the unchanged height is no correction.
    expect(
      await dispatch('people.update', { id: kid.id, name: 'Kiddo', heightCm: 136, birthYear: 2017 }),
    ).toMatchObject({ ok: true });
    expect(stored(services, march.id)).toEqual(before);
    expect(await dispatch('people.update', { id: kid.id, heightCm: 140, heightApplies: 'sometimes' })).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { code: 'invalid_payload', message: expect.stringMatching(/heightApplies/) } },
    });
    expect(services.people.getOrThrow(kid.id).heightCm).toBe(136);
    // Without heightApplies, a new height is a correction, as before.
    expect(await dispatch('people.update', { id: kid.id, heightCm: 138 })).toMatchObject({ ok: true });
    expect(stored(services, march.id).height_cm).toBe(138);
  });

  it("moving a session to someone else gives it their height now (another body); moving it back, its first person's now", async () => {
    const services = openServices();
    const h = services.handlers;
    const kid = await h['people.create']({ name: 'Kid', heightCm: 130, birthYear: null });
    const ann = await h['people.create']({ name: 'Ann', heightCm: 168, birthYear: null });
    const nobody = await h['people.create']({ name: 'Guest', heightCm: null, birthYear: null });
    const march = await recordAt(services, kid.id, '2026-03-01T10:00:00.000Z', 1);
    await h['people.update']({ id: kid.id, heightCm: 136, heightApplies: 'from-now' });
    const analysed = march.analysis.knee_past_toe.peak;

    expect(await h['sessions.update']({ id: march.id, personId: ann.id })).toMatchObject({
      personId: ann.id,
      heightCm: 168,
    });
    const near = (cm: number | null, expected: number, ratio: number) =>
      expect(Math.abs(cm! - expected)).toBeLessThanOrEqual(0.05 * (1 + ratio) + 1e-9);
    near(peakCm(services, march.id).left, (analysed.left! * 168) / 130, 168 / 130);
    expect(await h['sessions.update']({ id: march.id, title: 'Ann, really' })).toMatchObject({ heightCm: 168 }); // details only: kept
    expect(await h['sessions.update']({ id: march.id, personId: nobody.id })).toMatchObject({ heightCm: null });
    expect(peakCm(services, march.id)).toEqual({ left: null, right: null });
    expect(await h['sessions.update']({ id: march.id, personId: kid.id })).toMatchObject({ heightCm: 136 });
    near(peakCm(services, march.id).left, (analysed.left! * 136) / 130, 136 / 130);
  });

  it("progress.get for a grown child: the earlier walks' peak knee-past-toe in cm are those computed with the height they had", async () => {
    const services = openServices(undefined, { now: () => new Date('2026-11-20T12:00:00.000Z') });
    const h = services.handlers;
    const kid = await h['people.create']({ name: 'Kid', heightCm: 130, birthYear: 2017 });
    const march = await recordAt(services, kid.id, '2026-03-01T10:00:00.000Z', 7);
    await h['people.update']({ id: kid.id, heightCm: 136, heightApplies: 'from-now' });
    // The same walk filmed again in November: the keypoints are the same, the ruler is 136 cm.
    const november = await recordAt(services, kid.id, '2026-11-01T10:00:00.000Z', 7);

    const points = (await h['progress.get']({ personId: kid.id, variant: null, utcOffsetMin: 0 })).points;
    expect(points.map((p) => p.sessionId)).toEqual([march.id, november.id]);
    expect(points[0].metrics).toEqual(sessionMetrics(march.analysis, 130));
    expect(points[0].metrics.peakKneePastToeCm).toEqual(march.analysis.knee_past_toe.peak);
    expect(points[1].metrics.peakKneePastToeCm).toEqual(november.analysis.knee_past_toe.peak);
    // Known answer: same analysis, another height → every cm scales by the height ratio (to the 0.1-cm rounding of each).
    for (const side of ['left', 'right'] as const) {
      const [then, now] = points.map((p) => p.metrics.peakKneePastToeCm[side]!);
      expect(Math.abs(now - then * (136 / 130))).toBeLessThanOrEqual(0.1 + 1e-9);
    }

    // Had it been a correction, March would read in 136 cm too: the growth would vanish from the chart.
    await h['people.update']({ id: kid.id, heightCm: 137, heightApplies: 'all' });
    const corrected = (await h['progress.get']({ personId: kid.id, variant: null, utcOffsetMin: 0 })).points;
    expect(corrected[0].metrics.peakKneePastToeCm).toEqual(
      sessionMetrics(walkAnalysedFromStored(7, undefined, 137), 137).peakKneePastToeCm,
    );
    expect(
      Math.abs(corrected[0].metrics.peakKneePastToeCm.left! - (march.analysis.knee_past_toe.peak.left! * 137) / 130),
    ).toBeLessThanOrEqual(0.05 * (1 + 137 / 130) + 1e-9);
  });
});
