/**
 * import.start saves into its person's sessions, analysed with that person's height (a real clip,
 * real MoveNet): named, or else the active person.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GaitAnalysis } from '../../../src/shared/gait/types';
import { sessionMetrics } from '../../../src/shared/progress';
import { cutWalk, pollUntilFinished, requireFfmpegAndWalk, startImport, tempDir } from '../import/support';
import { openServices } from './support';

const temp = tempDir('import-person');
let clip: string;
beforeAll(() => {
  requireFfmpegAndWalk();
  clip = cutWalk(join(temp.dir, 'walk.mp4'), 3, 2);
});
afterAll(() => temp.remove());

describe('imports belong to a person', () => {
  it('a named person gets the session, analysed with their height (none: shank lengths); without a name, the active person', async () => {
    const services = openServices(join(temp.dir, 'data'), { mode: 'electron' });
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 170, birthYear: null });
    const kid = await h['people.create']({ name: 'Kid', heightCm: null, birthYear: null });
    await h['settings.update']({ personId: anna.id });

    const imported = async (personId?: number) => {
      const last = (await pollUntilFinished(services, await startImport(services, clip, { personId }))).at(-1)!;
      expect(last.state, last.message ?? '').toBe('done');
      return services.sessions.get(last.sessionId!)!;
    };

    const kids = await imported(kid.id);
    expect(kids.personId).toBe(kid.id);
    expect((kids.analysis as GaitAnalysis).knee_past_toe.unit).toBe('shank');

    const annas = await imported();
    expect(annas.personId).toBe(anna.id);
    const analysis = annas.analysis as GaitAnalysis;
    expect(analysis.knee_past_toe.unit).toBe('cm');
    const points = (await h['progress.get']({ personId: anna.id, variant: null, utcOffsetMin: 0 })).points;
    expect(points.map((p) => p.metrics)).toEqual([sessionMetrics(analysis, 170)]);
    expect(() =>
      h['import.start']({ from: 'path', path: clip, keep: 'reference', model: 'lightning', personId: 999 }),
    ).toThrow(/No person with id 999/);
  });

  it('a restore waits for imports: refused (conflict) while one runs, done once it was cancelled', async () => {
    const services = openServices(join(temp.dir, 'data-restore'), { mode: 'electron' });
    const h = services.handlers;
    await h['people.create']({ name: 'Anna', heightCm: 170, birthYear: null });
    const backup = await h['backup.create']({});
    const path = join(temp.dir, 'data-restore', 'backups', backup.fileName);
    const jobId = await startImport(services, clip);
    expect(() => h['backup.restore']({ from: 'path', path })).toThrow(/An import or re-analysis is running/);
    await h['import.cancel']({ jobId });
    expect((await pollUntilFinished(services, jobId)).at(-1)!.state).toBe('cancelled');
    expect(await h['backup.restore']({ from: 'path', path })).toMatchObject({ people: 1, sessions: 0 });
  });
});
