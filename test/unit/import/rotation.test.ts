/**
 * A phone video with rotation metadata: the keypoints come in upright coordinates and the session's
 * size is the upright one, as Chromium shows the video (it applies MP4 rotation itself).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeVideo } from '../../../src/node/video';
import { pollUntilFinished, sidewaysWithRotation, startImport, useTempServices } from './support';

const { dir, services } = useTempServices('import-rotation');

describe('rotated phone video', () => {
  it('is analysed upright and stored with its upright size', async () => {
    const clip = sidewaysWithRotation(join(dir, 'phone.mp4'));
    expect(await probeVideo(clip)).toMatchObject({ width: 640, height: 480, rotation: 90 });
    const last = (await pollUntilFinished(services(), await startImport(services(), clip))).at(-1)!;
    expect([last.state, last.message]).toEqual(['done', null]);
    const session = services().sessions.get(last.sessionId!);
    expect(session).toMatchObject({ width: 640, height: 480 });
    const frames = services().sessions.frames(last.sessionId!);
    // Upright: the head above the hips above the ankles (image y grows downward), on nearly every frame.
    const upright = frames.filter((f) => {
      const k = f.keypoints;
      return k && k[0][1] < k[11][1] && k[11][1] < k[15][1] && k[11][2] > 0.3 && k[15][2] > 0.3;
    });
    expect(upright.length).toBeGreaterThan(50);
  });
});
