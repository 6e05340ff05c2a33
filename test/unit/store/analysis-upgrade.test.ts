/**
 * Stored analyses follow the gait maths: a database analysed by an older version is analysed again
 * at start from its stored keypoints (the app answering meanwhile), and a recording a crash cut
 * off gets the analysis of what it stored.
 */
import { describe, expect, it } from 'vitest';
import { storedAnalysisVersion } from '../../../src/main/store/analysisUpgrade';
import { ANALYSIS_VERSION, analyzeSession } from '../../../src/shared/gait';
import { NEW_SESSION } from '../main/support';
import { backwardWalk } from './recorded-walk';
import { dataFolder, openServices, recordSession, walkAnalysedFromStored } from './support';

describe('stored analyses after a change of the gait maths', () => {
  it('are worked out again from the keypoints at the next start, in the session height, and the version is kept', async () => {
    const dir = dataFolder();
    const first = openServices(dir);
    await first.analysisUpgrade;
    const ada = await first.handlers['people.create']({ name: 'Ada', heightCm: 168, birthYear: null });
    const { id } = await recordSession(first, { personId: ada.id, startedAt: '2026-03-01T10:00:00.000Z', seed: 2 });
    expect(storedAnalysisVersion(first.db)).toBe(ANALYSIS_VERSION);
    // what an older version stored: no per-step peaks, other numbers, version 1
    const old = { ...walkAnalysedFromStored(2, 100, 168), cadence_spm: 1, step_list: [] };
    first.db.prepare('UPDATE sessions SET analysis = ? WHERE id = ?').run(JSON.stringify(old), id);
    first.db.prepare("UPDATE settings SET value = '1' WHERE key = 'analysisVersion'").run();
    first.close();

    const second = openServices(dir);
    expect(await second.analysisUpgrade).toEqual({ analysed: 1, finished: true });
    const known = walkAnalysedFromStored(2, 100, 168);
    expect((await second.handlers['sessions.get']({ id }))!.analysis).toEqual(known);
    expect(storedAnalysisVersion(second.db)).toBe(ANALYSIS_VERSION);
    second.close();

    // once current, a start analyses nothing again
    const third = openServices(dir);
    expect(await third.analysisUpgrade).toEqual({ analysed: 0, finished: true });
  });

  it('a recording cut off by a crash is interrupted at the next start and analysed from what it stored', async () => {
    const dir = dataFolder();
    const first = openServices(dir);
    const walk = walkAnalysedFromStored(3, 100, null);
    const input = backwardWalk(5, 3);
    const { id } = await first.handlers['sessions.create']({
      ...NEW_SESSION,
      width: input.width,
      height: input.height,
      startedAt: '2026-03-02T10:00:00.000Z',
    });
    await first.handlers['sessions.appendFrames']({
      id,
      frames: input.frames.map((f) => ({ t: f.t, keypoints: f.keypoints as [number, number, number][] | null })),
    });
    first.close(); // no finish: the app died

    const second = openServices(dir);
    await second.analysisUpgrade;
    const session = (await second.handlers['sessions.get']({ id }))!;
    expect(session.status).toBe('interrupted');
    const stored = await second.handlers['sessions.frames']({ id });
    const known = analyzeSession(
      { fps: input.fps, width: input.width, height: input.height, frames: stored },
      { heightCm: session.heightCm },
    );
    expect(session.analysis).toEqual(known);
    expect(known.steps.count).toBe(walk.steps.count);
    expect(known.steps.count).toBeGreaterThan(5);
  });
});
