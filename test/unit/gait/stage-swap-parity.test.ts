/**
 * Leg-swap parity stages (swaps.ts): combining the two relabellings, counting episodes, and the
 * newest frame's repair the live tracker runs, on hand-placed legs with a known swap.
 */
import { describe, expect, it } from 'vitest';
import { KP_STRIDE } from '../../../src/shared/gait/constants';
import { combinedParity, newestFrameParity, swapEpisodes } from '../../../src/shared/gait/swaps';
import { KP } from '../../../src/shared/pose/keypoints';

describe('combinedParity', () => {
  it('each bit is swapped when exactly one of the two relabellings swapped it', () => {
    expect([...combinedParity(Uint8Array.from([0, 1, 3, 2, 3]), Uint8Array.from([0, 1, 1, 0, 3]))]).toEqual([
      0, 0, 2, 2, 0,
    ]);
  });
});

describe('swapEpisodes', () => {
  it('counts runs of swapped frames, whatever was swapped in them', () => {
    expect(swapEpisodes(Uint8Array.from([1, 1, 0, 2, 3, 0, 0, 1]))).toBe(3);
    expect(swapEpisodes(Uint8Array.from([0, 0, 0]))).toBe(0);
    expect(swapEpisodes(new Uint8Array(0))).toBe(0);
  });
});

describe('newestFrameParity', () => {
  const S = 100; // shank length, px
  /**
   * Three frames of two legs walking apart at constant speed: the left knee at x = 300 + 20 i, the
   * right at 500 − 20 i, each ankle a shank below its knee. `swap` exchanges the labels in frame 2.
   */
  function frames(swap: 'none' | 'legs' | 'ankles' | 'knees', gap = 200): Float64Array {
    const d = new Float64Array(3 * KP_STRIDE);
    for (let i = 0; i < 3; i++) {
      const put = (k: number, x: number, y: number) => d.set([x, y, 0.9], i * KP_STRIDE + k * 3);
      const lx = 400 - gap / 2 + 20 * i,
        rx = 400 + gap / 2 - 20 * i;
      const last = i === 2;
      const kneesSwapped = last && (swap === 'legs' || swap === 'knees');
      const anklesSwapped = last && (swap === 'legs' || swap === 'ankles');
      put(KP.leftKnee, kneesSwapped ? rx : lx, 300);
      put(KP.rightKnee, kneesSwapped ? lx : rx, 300);
      put(KP.leftAnkle, anklesSwapped ? rx : lx, 300 + S);
      put(KP.rightAnkle, anklesSwapped ? lx : rx, 300 + S);
    }
    return d;
  }

  it('labels that continue the legs stay (0)', () => {
    expect(newestFrameParity(frames('none'), 2, S)).toBe(0);
  });

  it('knees and ankles exchanged: both swapped back (3)', () => {
    expect(newestFrameParity(frames('legs'), 2, S)).toBe(3);
  });

  it('ankles exchanged alone: the ankles back (2); knees alone: the knees back (1)', () => {
    expect(newestFrameParity(frames('ankles'), 2, S)).toBe(2);
    expect(newestFrameParity(frames('knees'), 2, S)).toBe(1);
  });

  it('legs passing each other (both at x = 400 in frame 2): either labelling costs the same, so the labels stay', () => {
    expect(newestFrameParity(frames('legs', 80), 2, S)).toBe(0);
  });

  it('without a shank length nothing is decided', () => {
    expect(newestFrameParity(frames('legs'), 2, 0)).toBe(0);
    expect(newestFrameParity(frames('legs'), 2, NaN)).toBe(0);
  });
});
