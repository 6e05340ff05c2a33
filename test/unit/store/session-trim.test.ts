import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { analyzeSession } from '../../../src/shared/gait';
import { openServices, recordSession } from './support';

describe('trimming a session', () => {
  it('analyses only the kept span of its keypoints, gives only those, and all of them again when cleared', async () => {
    const services = openServices();
    const h = services.handlers;
    const ada = await h['people.create']({ name: 'Ada', heightCm: 168, birthYear: null });
    const { id, analysis: whole } = await recordSession(services, {
      personId: ada.id,
      startedAt: '2026-03-01T10:00:00.000Z',
    });
    const allFrames = services.sessions.frames(id);
    const session = (await h['sessions.get']({ id }))!;
    expect(session.trim).toBeNull();

    const trimmed = await h['sessions.trim']({ id, span: { startS: 1, endS: 3.5 } });
    expect(trimmed.trim).toEqual({ startS: 1, endS: 3.5 });
    const kept = allFrames.filter((f) => f.t >= 1000 && f.t <= 3500);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(allFrames.length);
    expect(services.sessions.frames(id)).toEqual(kept);
    // the known answer: the gait module on the kept keypoints, at the session's height
    const known = analyzeSession(
      { fps: 30, width: session.width, height: session.height, frames: kept },
      { heightCm: 168 },
    );
    expect(trimmed.analysis).toEqual(known);
    expect(trimmed.analysis).not.toEqual(whole);
    expect((await h['sessions.list']({ personId: ada.id, trash: false }))[0].metrics?.steps).toBe(known.steps.count);

    const cleared = await h['sessions.trim']({ id, span: null });
    expect(cleared.trim).toBeNull();
    expect(cleared.analysis).toEqual(whole);
  });

  it('refuses an empty or backward span with a clear message, and changes nothing', async () => {
    const services = openServices();
    const dispatch = createDispatch(services.handlers);
    const { id, analysis } = await recordSession(services, { startedAt: '2026-03-01T10:00:00.000Z' });
    expect(await dispatch('sessions.trim', { id, span: { startS: 3, endS: 2 } })).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { message: expect.stringMatching(/end of the kept part must come after its start/) } },
    });
    expect(await dispatch('sessions.trim', { id, span: { startS: 60, endS: 70 } })).toMatchObject({
      ok: false,
      body: { error: { message: expect.stringMatching(/no keypoints between 60 s and 70 s/) } },
    });
    const after = (await services.handlers['sessions.get']({ id }))!;
    expect(after.trim).toBeNull();
    expect(after.analysis).toEqual(analysis);
  });
});
