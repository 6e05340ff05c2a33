/**
 * The live tracker is built from the offline stages' functions (swap cost, per-frame direction cues,
 * classification): on the same synthetic walk it must decide what the offline analysis decides,
 * and both what the walker did. The truth is the synthetic walker's own (synthetic-gait.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  analyzeSessionDetailed,
  createLiveGaitTracker,
  estimateShankPx,
  repairLegSwaps,
} from '../../../src/shared/gait';
import { ACTIVITY_WINDOW_S, DEFAULT_MIN_SCORE } from '../../../src/shared/gait/constants';
import { framesToBuffer } from '../../../src/shared/gait/series';
import { legCrossings } from '../../support/inject-swaps';
import { synthesizeGait, type Range, type SynthMode } from '../../support/synthetic-gait';

const WALKS: SynthMode[] = ['forward', 'backward', 'treadmill-forward', 'treadmill-backward'];

describe('live tracker and offline analysis agree', () => {
  for (const mode of [...WALKS, 'standing'] as const) {
    for (const facing of ['left', 'right'] as const) {
      it(`direction, ${mode} facing ${facing}: once the live window is full, every frame's label is the offline one and the truth`, () => {
        const { input, truth } = synthesizeGait({ segments: [{ mode, duration_s: 12 }], facing, noisePx: 1, seed: 40 });
        const { series } = analyzeSessionDetailed(input, {});
        const tracker = createLiveGaitTracker({});
        const live = input.frames.map((f) => tracker.update(f, input).direction);
        const full = truth.t_s.flatMap((t, i) => (t >= ACTIVITY_WINDOW_S ? [i] : []));
        expect(full.length).toBeGreaterThan(250);
        expect(full.map((i) => live[i])).toEqual(full.map((i) => series!.labels[i]));
        expect(full.map((i) => live[i])).toEqual(full.map((i) => truth.direction[i]));
      });
    }
  }

  // swaps of 4 frames in the middle of the swing between two crossings of the legs, where the
  // legs are apart and continuity tells them apart (at a crossing either label is as good)
  for (const mode of WALKS) {
    for (const facing of ['left', 'right'] as const) {
      for (const [parts, parity] of [
        ['swaps', 3],
        ['ankleSwaps', 2],
      ] as const) {
        it(`leg swaps, ${mode} facing ${facing}, ${parts}: live undoes the frames the offline repair undoes, as injected`, () => {
          const opts = { segments: [{ mode, duration_s: 8 }], noisePx: 1, seed: 11, facing };
          const crossings = legCrossings(synthesizeGait(opts).input.frames);
          const spans: Range[] = [];
          for (let j = 1; j + 1 < crossings.length; j += 2) {
            const mid = Math.round((crossings[j] + crossings[j + 1]) / 2);
            spans.push([mid - 2, mid + 2]);
          }
          const { input } = synthesizeGait({ ...opts, [parts]: spans });
          const injected = input.frames.map((_, i) => (spans.some(([a, b]) => i >= a && i < b) ? parity : 0));
          const buf = framesToBuffer(input.frames, DEFAULT_MIN_SCORE);
          const offline = repairLegSwaps(buf.data, buf.n, { shankPx: estimateShankPx(buf.data, buf.n) });
          const tracker = createLiveGaitTracker({});
          const live = input.frames.map((f) => tracker.update(f, input).swapParity);
          expect(spans.length).toBeGreaterThanOrEqual(4);
          expect([...offline.parity]).toEqual(injected);
          expect(live).toEqual(injected);
        });
      }
    }
  }
});
