/**
 * Importing a real clip end to end in the main process: worker threads, real MoveNet, real SQLite,
 * real files. Then re-analysing it with Thunder keeps both results, each labelled by its model.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../../src/shared/api';
import { filesIn, pollUntilFinished, startImport, twoWalkers, useTempServices } from './support';

const { dir, dataDir, services } = useTempServices('import');
let clip: string;

beforeAll(() => {
  clip = twoWalkers(join(dir, 'two walkers.mp4'));
});

describe('import a video', () => {
  let sessionId: number;

  it('copies and analyses it off the main thread; progress climbs to the total; the session appears when done', async () => {
    const jobId = await startImport(services(), clip, { keep: 'copy' });
    let mainThreadTicks = 0;
    const ticker = setInterval(() => mainThreadTicks++, 50); // a blocked main thread would starve this
    let seen: ImportStatus[];
    try {
      seen = await pollUntilFinished(services(), jobId, (s) => {
        if (s.state !== 'done') expect(services().sessions.list()).toHaveLength(0);
      });
    } finally {
      clearInterval(ticker);
    }
    const last = seen.at(-1)!;
    expect(last.message).toBeNull();
    expect(last.state).toBe('done');
    expect(seen.map((s) => s.state)).toContain('analysing');
    const analysing = seen.filter((s) => s.state === 'analysing');
    expect(analysing.every((s) => s.framesTotal === 60)).toBe(true);
    const done = analysing.map((s) => s.framesDone);
    expect(done).toEqual([...done].sort((a, b) => a - b)); // never goes back
    expect(analysing.some((s) => s.framesDone > 0 && s.framesDone < 60)).toBe(true);
    expect(analysing.some((s) => s.etaS !== null)).toBe(true);
    expect([last.framesDone, last.framesTotal]).toEqual([60, 60]);
    expect(mainThreadTicks).toBeGreaterThan(seen.length); // the timer kept running while workers analysed
    // Two people in view: one of them is analysed as the walker, and the result says so.
    expect(last.warnings.join(' ')).toMatch(/Several people were in view/);

    sessionId = last.sessionId!;
    const session = services().sessions.get(sessionId);
    expect(session).toMatchObject({
      source: 'imported',
      originalName: 'two walkers.mp4',
      videoOwned: true,
      model: 'lightning',
      status: 'complete',
      frameCount: 60,
      width: 640,
      height: 480,
    });
    // <id>-<random>.mp4: an id handed out again (after a restore) never meets an older copy's name.
    expect(session!.videoPath).toMatch(new RegExp(`^${join(dataDir, 'videos', String(sessionId))}-[0-9a-f]{8}\\.mp4$`));
    expect(readFileSync(session!.videoPath!).equals(readFileSync(clip))).toBe(true);
    expect(session!.videoBytes).toBe(statSync(clip).size);
    expect(session!.analysis).toMatchObject({ quality: { frames: 60 } });
    expect(session!.results.map((r) => r.model)).toEqual(['lightning']);
    expect(session!.results[0].warnings).toEqual(last.warnings);
    expect(filesIn(join(dataDir, 'incoming'))).toEqual([]);

    const frames = services().sessions.frames(sessionId);
    expect(frames).toHaveLength(60);
    expect(frames.filter((f) => f.keypoints !== null).length).toBeGreaterThan(40);
    expect(session!.analysis).toMatchObject({ direction: 'forward' }); // one person followed, not a mix of both
    frames.forEach((f, i) => expect(f.t).toBeCloseTo((i * 1000) / 30, 0));
  });

  it('re-analyses it with Thunder and keeps both results, labelled by model', async () => {
    const before = services().sessions.frames(sessionId);
    const { jobId } = await services().handlers['sessions.reanalyse']({ id: sessionId, model: 'thunder' });
    const last = (await pollUntilFinished(services(), jobId)).at(-1)!;
    expect([last.state, last.message, last.kind, last.sessionId]).toEqual(['done', null, 'reanalyse', sessionId]);

    const session = services().sessions.get(sessionId);
    expect(session!.results.map((r) => [r.model, r.frameCount, r.width, r.height])).toEqual([
      ['lightning', 60, 640, 480],
      ['thunder', 60, 640, 480],
    ]);
    expect(session!.results[1].analysis).toMatchObject({ quality: { frames: 60 } });
    expect(services().sessions.frames(sessionId)).toEqual(before);
    expect(services().sessions.frames(sessionId, 'lightning')).toEqual(before);
    const thunder = services().sessions.frames(sessionId, 'thunder');
    expect(thunder).toHaveLength(60);
    expect(thunder).not.toEqual(before);
    // Both models follow the same person: their hips are close in most frames.
    const hip = (f: (typeof before)[number]) => (f.keypoints && f.keypoints[11][2] > 0.3 ? f.keypoints[11] : null);
    const close = before.filter((f, i) => {
      const [a, b] = [hip(f), hip(thunder[i])];
      return a && b && Math.hypot(a[0] - b[0], a[1] - b[1]) < 30;
    }).length;
    expect(close).toBeGreaterThan(30);
  });

  it("references a video in place when asked, and deleting the session keeps the user's file", async () => {
    const last = (await pollUntilFinished(services(), await startImport(services(), clip))).at(-1)!;
    expect(last.state).toBe('done');
    const session = services().sessions.get(last.sessionId!);
    expect([session!.videoPath, session!.videoOwned]).toEqual([clip, false]);
    expect(await services().handlers['sessions.delete']({ id: last.sessionId! })).toEqual({ deleted: true });
    expect(existsSync(clip)).toBe(true);
  });

  it('deleting an imported copy for good deletes the copy (the trash keeps it)', () => {
    const copy = services().sessions.get(sessionId)!.videoPath!;
    expect(existsSync(copy)).toBe(true);
    void services().handlers['sessions.delete']({ id: sessionId });
    expect(existsSync(copy)).toBe(true);
    void services().handlers['sessions.purge']({ id: sessionId });
    expect(existsSync(copy)).toBe(false);
  });
});
