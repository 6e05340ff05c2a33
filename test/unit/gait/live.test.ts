import { describe, expect, it } from 'vitest';
import { createLiveGaitTracker } from '../../../src/shared/gait';
import type { LiveReadout } from '../../../src/shared/gait';
import { plan, synthesizeGait, type SynthOptions } from '../../support/synthetic-gait';

function replay(opts: SynthOptions, heightCm: number | null = null) {
  const r = synthesizeGait(opts);
  const tracker = createLiveGaitTracker({ heightCm });
  const out: LiveReadout[] = r.input.frames.map((f) => tracker.update(f, r.input));
  return { ...r, out };
}

describe('live tracker', () => {
  for (const mode of ['forward', 'backward', 'treadmill-forward', 'treadmill-backward', 'standing'] as const) {
    it(`walking direction on a trailing window: ${mode}`, () => {
      const r = replay({ segments: [{ mode, duration_s: 10 }], noisePx: 1.5, seed: 9, facing: 'left' });
      const after = r.out.filter((_, i) => r.truth.t_s[i] > 1.5);
      const ok = after.filter((o, k) => o.direction === r.truth.direction[k + (r.out.length - after.length)]).length;
      expect(ok / after.length).toBeGreaterThanOrEqual(0.99);
      expect(after.every((o) => o.facing === 'left')).toBe(true);
      expect(r.out[r.out.length - 1].directionConfidence).toBeGreaterThan(0.3);
    });
  }

  it('smoothed knee flexion within 2.5° of the truth while walking (One Euro, no look-ahead)', () => {
    const r = replay({ segments: [{ mode: 'backward', duration_s: 10 }], noisePx: 1.5, seed: 9 });
    let e = 0,
      c = 0;
    r.out.forEach((o, i) => {
      for (const side of ['left', 'right'] as const) {
        const v = o[side].kneeFlexionDeg.value;
        if (v != null) {
          e += Math.abs(v - r.truth.kneeFlexionDeg[side][i]);
          c++;
        }
      }
    });
    expect(e / c).toBeLessThan(2.5);
  });

  it('repairs a leg swap against the recent track', () => {
    const clean = replay({ segments: [{ mode: 'backward', duration_s: 6 }], noisePx: 0.5, seed: 3 });
    const swapped = replay({
      segments: [{ mode: 'backward', duration_s: 6 }],
      noisePx: 0.5,
      seed: 3,
      swaps: [[90, 95]],
    });
    // (frame 92 has the knees 3 px apart, crossing: either label is as good there)
    let diff = 0;
    for (let i = 90; i < 95; i++)
      diff += Math.abs(swapped.out[i].left.kneeFlexionDeg.value! - clean.out[i].left.kneeFlexionDeg.value!) / 5;
    expect(diff).toBeLessThan(1);
    for (let i = 95; i < 180; i++)
      expect(swapped.out[i].left.kneeFlexionDeg.value!).toBeCloseTo(clean.out[i].left.kneeFlexionDeg.value!, 1);
  });

  it('turning is reported while the facing flips', () => {
    const r = replay({
      segments: plan(['backward', 4], ['turn', 1.2], ['forward', 4]),
      noisePx: 1,
      seed: 2,
    });
    const during = r.out.filter((_, i) => r.truth.t_s[i] > 4.2 && r.truth.t_s[i] < 5.6);
    expect(during.some((o) => o.direction === 'turning')).toBe(true);
    expect(r.out[r.out.length - 1].facing).toBe('left');
    expect(r.out[r.out.length - 1].direction).toBe('forward');
  });

  it('camera view: side, front', () => {
    const side = replay({ segments: [{ mode: 'standing', duration_s: 2 }] });
    expect(side.out[side.out.length - 1].view).toBe('side');
    const front = replay({ segments: [{ mode: 'standing', duration_s: 2 }], yawDeg: 90 });
    expect(front.out[front.out.length - 1].view).toBe('front');
  });

  it('reports knee-past-toe in cm with a height, in shank lengths without', () => {
    const cm = replay({ segments: [{ mode: 'backward', duration_s: 3 }], noisePx: 0.5 }, 170);
    expect(cm.out[60].unit).toBe('cm');
    expect(cm.out[60].right.kneePastToeDist.value).not.toBeNull();
    const sh = replay({ segments: [{ mode: 'backward', duration_s: 3 }], noisePx: 0.5 });
    expect(sh.out[60].unit).toBe('shank');
    expect(Math.abs(sh.out[60].right.kneePastToeDist.value!)).toBeLessThan(2);
  });
});
