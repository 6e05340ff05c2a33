/**
 * The CLI end to end on real footage: 2 s of sports2d-walk (3.0–5.0 s, cut at test time), MoveNet
 * Lightning in Node, the shared walker tracker. In those frames the woman walks right to left across
 * the lower half (hips at y ≈ 310–330 px of 480, x from ≈ 410 to ≈ 160) while the man stands on the
 * box in the upper half (hips at y ≈ 150); regions read off contact sheets of the clip.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KP } from '../../../src/shared/pose/keypoints';
import { parseKeypointsFile } from '../../../src/shared/pose/keypoints-file';
import { cliAnalysisShape } from './analysis-shape';
import { requireFfmpeg, requireFootage } from '../../support/requirements';
import { runCli, stderrLines } from './run-cli';

/** The walking woman's hips during 3.0–5.0 s, with a margin. */
const WALKER_HIPS = { xMin: 110, xMax: 470, yMin: 280, yMax: 370 };

let dir: string;
let source: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'retrowalk-cli-video-'));
  requireFfmpeg();
  source = requireFootage('sports2d-walk.mp4');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze CLI on a video', () => {
  it('follows the walking woman, not the man on the box, and analyses her', { timeout: 180_000 }, () => {
    const clip = join(dir, 'walk-2s.mp4');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-ss',
      '3',
      '-t',
      '2',
      '-i',
      source,
      '-an',
      '-pix_fmt',
      'yuv420p',
      clip,
    ]);
    const saved = join(dir, 'walk-2s.keypoints.json');

    const result = runCli([clip, '--json', '--save-keypoints', saved], 120_000);
    expect(stderrLines(result)).toEqual([]);
    expect(result.status).toBe(0);
    cliAnalysisShape.parse(JSON.parse(result.stdout));

    const parsed = parseKeypointsFile(JSON.parse(readFileSync(saved, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    const { file } = parsed;
    expect([file.width, file.height, file.fps]).toEqual([640, 480, 30]);
    expect(file.frames.length).toBeGreaterThanOrEqual(58);
    expect(file.frames[1].t - file.frames[0].t).toBeCloseTo(1000 / 30, 1);

    const tracked = file.frames.filter((f) => f.keypoints !== null);
    expect(tracked.length / file.frames.length).toBeGreaterThan(0.9);
    for (const { t, keypoints } of tracked) {
      const hipX = (keypoints![KP.leftHip][0] + keypoints![KP.rightHip][0]) / 2;
      const hipY = (keypoints![KP.leftHip][1] + keypoints![KP.rightHip][1]) / 2;
      const where = `t=${t} ms hips at (${hipX.toFixed(0)}, ${hipY.toFixed(0)})`;
      expect(hipY, where).toBeGreaterThan(WALKER_HIPS.yMin);
      expect(hipY, where).toBeLessThan(WALKER_HIPS.yMax);
      expect(hipX, where).toBeGreaterThan(WALKER_HIPS.xMin);
      expect(hipX, where).toBeLessThan(WALKER_HIPS.xMax);
    }
    // She walks right to left: the hips end well left of where they start.
    const hipXAt = (i: number) => (tracked[i].keypoints![KP.leftHip][0] + tracked[i].keypoints![KP.rightHip][0]) / 2;
    expect(hipXAt(0) - hipXAt(tracked.length - 1)).toBeGreaterThan(150);
  });
});
