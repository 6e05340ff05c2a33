/**
 * The replay draws the analysed skeleton: each leg by the feet's identity, so a leg swap of the pose
 * model does not paint the right leg in the left leg's colour next to readouts that are right.
 */
import { describe, expect, it } from 'vitest';
import { buildReplayAnalysis, skeletonAt } from '../../../src/renderer/src/replay/replay-analysis';
import { applySwaps, swapsAtCrossings } from '../../support/inject-swaps';
import { synthesizeGait } from '../../support/synthetic-gait';

describe('the replay skeleton', () => {
  it("keeps each leg's points on that leg through injected swaps", () => {
    const { input, truth } = synthesizeGait({ segments: [{ mode: 'backward', duration_s: 10 }], noisePx: 1, seed: 9 });
    const spans = swapsAtCrossings(input.frames, input.fps, {
      share: 0.5,
      duration_s: [0.2, 0.5],
      parts: 'legs',
      seed: 3,
    });
    const swapped = applySwaps(input.frames, spans);
    const replay = buildReplayAnalysis(swapped, { width: input.width, height: input.height, analysis: null }, null);
    const first = Math.ceil(truth.contacts[0].t_s * input.fps),
      last = Math.floor(truth.contacts[truth.contacts.length - 1].t_s * input.fps);
    let onTheirLeg = 0,
      rawOnTheirLeg = 0,
      frames = 0;
    for (let i = first; i < last; i++) {
      const clean = input.frames[i].keypoints!;
      const drawn = skeletonAt(replay, i)!;
      const raw = swapped[i].keypoints!;
      const near = (p: readonly number[], q: readonly number[]) =>
        Math.hypot(p[0] - q[0], p[1] - q[1]) < 0.25 * truth.shankPx;
      frames++;
      if ([13, 14, 15, 16].every((k) => near(drawn[k], clean[k]))) onTheirLeg++;
      if ([13, 14, 15, 16].every((k) => near(raw[k], clean[k]))) rawOnTheirLeg++;
    }
    expect(rawOnTheirLeg / frames).toBeLessThan(0.85); // the injected swaps are visible in the raw labels
    expect(onTheirLeg / frames).toBeGreaterThan(0.97);
  });
});
