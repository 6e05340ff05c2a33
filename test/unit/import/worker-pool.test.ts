/** The analysis workers stay loaded between imports, and stop when asked (app exit). */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseVideo } from '../../../src/node/parallel/analyse-video';
import { closeWorkers, poolSize } from '../../../src/node/parallel/worker-pool';
import { probeVideo } from '../../../src/node/video';
import { cutWalk, requireFfmpegAndWalk, tempDir } from './support';

beforeAll(requireFfmpegAndWalk);
const temp = tempDir('worker-pool');
afterAll(async () => {
  await closeWorkers();
  temp.remove();
});

describe('the analysis worker pool', () => {
  it('reuses its two workers for a second video and gives the same keypoints; closeWorkers stops them', async () => {
    const clip = cutWalk(join(temp.dir, 'walk.mp4'), 3, 2);
    const info = await probeVideo(clip);
    await closeWorkers();
    expect(poolSize()).toBe(0);

    const first = await analyseVideo(clip, info, { model: 'lightning', workers: 2 }).result;
    expect(first.parts).toBe(2);
    expect(poolSize()).toBe(2);

    const second = await analyseVideo(clip, info, { model: 'lightning', workers: 2 }).result;
    expect(poolSize()).toBe(2); // no new worker was started
    // Models kept between videos hold no state: the same frames give the same keypoints.
    expect(second.file.frames).toEqual(first.file.frames);
    expect(first.file.frames.filter((f) => f.keypoints).length).toBeGreaterThan(0.9 * first.file.frames.length);

    await closeWorkers();
    expect(poolSize()).toBe(0);
  });
});
