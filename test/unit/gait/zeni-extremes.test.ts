/**
 * Zeni's events on signals with known extremes (docs/metrics.md, "Gait events"): contact at each
 * maximum and lift-off at each minimum of the ankle's position relative to the pelvis along the
 * walking direction, found with hysteresis h (a peak counts once the signal has come back by h; one
 * at the edge of the data needs h/2 on its open side), h = max(0.15 shank, share × the 5–95 % range),
 * timed to sub-frame by the vertex of the parabola through the peak and its two neighbours.
 * Every expected value below is worked out by hand from those rules.
 */
import { describe, expect, it } from 'vitest';
import { detectGaitEvents, extremes, refineTime, settlePoint } from '../../../src/shared/gait/events';

const idx = (xs: ReadonlyArray<{ idx: number; max: boolean }>) => xs.map((x) => `${x.max ? 'max' : 'min'}@${x.idx}`);

describe('extremes with hysteresis', () => {
  it('a triangle wave 0…3 with h = 1.5: its inner peaks and valley, not the edges', () => {
    const r = [0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1, 0];
    expect(idx(extremes(r, 0, r.length, 1.5))).toEqual(['max@3', 'min@6', 'max@9']);
  });
  it('a wiggle smaller than h is not an extreme; one of exactly h is', () => {
    // after the peak at 3 the signal dips by 1 (< h = 2) and rises again to a higher peak at 6
    const wiggle = [0, 1, 2, 3, 2, 3, 4, 2, 0, 1, 2];
    expect(idx(extremes(wiggle, 0, wiggle.length, 2))).toEqual(['max@6', 'min@8']);
    // a dip of exactly h counts
    const dip = [0, 1, 2, 3, 2, 1, 2, 3, 4, 2, 0, 1, 2];
    expect(idx(extremes(dip, 0, dip.length, 2))).toEqual(['max@3', 'min@5', 'max@8', 'min@10']);
  });
  it('a first extreme needs h/2 on its open side: a valley after a fall of exactly h/2 counts, of less not', () => {
    // h = 2: the fall 1 → 0 before the valley at 1 is h/2
    expect(idx(extremes([1, 0, 1, 2, 3, 2, 1], 0, 7, 2))).toEqual(['min@1', 'max@4']);
    expect(idx(extremes([0.9, 0, 1, 2, 3, 2, 1], 0, 7, 2))).toEqual(['max@4']);
    // the same for a first peak after a rise of h/2
    expect(idx(extremes([-1, 0, -1, -2, -3, -2, -1], 0, 7, 2))).toEqual(['max@1', 'min@4']);
    expect(idx(extremes([-0.9, 0, -1, -2, -3, -2, -1], 0, 7, 2))).toEqual(['min@4']);
  });
  it('a last extreme needs h/2 after it: a drop of exactly 1 (h = 2) counts, of 0.8 not', () => {
    const ends = (last: number) => [0, 1, 2, 3, 2, 1, 0, 1, 2, 3, last];
    expect(idx(extremes(ends(2), 0, 11, 2))).toEqual(['max@3', 'min@6', 'max@9']);
    expect(idx(extremes(ends(2.2), 0, 11, 2))).toEqual(['max@3', 'min@6']);
  });
  it('an extreme on the first or last sample is no event', () => {
    // falls from its first sample and rises to its last: only the valley between
    expect(idx(extremes([3, 2, 1, 0, 1, 2, 3], 0, 7, 2))).toEqual(['min@3']);
  });
  it('works inside [s, e) only, with indices of the whole array', () => {
    const r = [9, 9, 0, 1, 2, 3, 2, 1, 0, 1, 9, 9];
    expect(idx(extremes(r, 2, 10, 2))).toEqual(['max@5', 'min@8']);
  });
  it('a plateau counts at its last sample', () => {
    expect(idx(extremes([0, 1, 2, 3, 3, 3, 2, 1, 0], 0, 9, 2))).toEqual(['max@5']);
  });
  it('a walker who stops: the last peak is accepted once `settle` samples follow it without passing it', () => {
    // rises to 3 at sample 9, then stays just below it: never back by h/2 = 1
    const r = [0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2.95, 2.95, 2.95, 2.95];
    expect(idx(extremes(r, 0, r.length, 2))).toEqual(['max@3', 'min@6']);
    const settled = extremes(r, 0, r.length, 2, 4);
    expect(idx(settled)).toEqual(['max@3', 'min@6', 'max@9']);
    expect(settled[2].settled).toBe(true);
    expect(settled[0].settled).toBeUndefined();
    // four samples follow it: `settle` = 5 is too many
    expect(idx(extremes(r, 0, r.length, 2, 5))).toEqual(['max@3', 'min@6']);
  });
  it('a settled valley, the same way down', () => {
    const r = [0, -1, -2, -3, -2, -1, 0, -1, -2, -3, -2.95, -2.95, -2.95, -2.95];
    expect(idx(extremes(r, 0, r.length, 2, 3))).toEqual(['min@3', 'max@6', 'min@9']);
  });
});

describe('where a settled extreme is placed: where the motion into it stopped', () => {
  it('the last sample before the first step slower than 10 % of the fastest', () => {
    // steps into the plateau: 1, 1, 0.5, 0.05, 0.01; the fastest is 1, the first under 0.1 is the
    // step from sample 3 to 4: the motion stopped at sample 3
    expect(settlePoint([0, 1, 2, 2.5, 2.55, 2.56], 0, 5, 1)).toBe(3);
  });
  it('a step of exactly 10 % of the fastest has not stopped yet', () => {
    // steps 1, 0.1 (exactly, from 0 to 0.1), 0.05: the first under 0.1 is the last one
    expect(settlePoint([-1, 0, 0.1, 0.15], 0, 3, 1)).toBe(2);
  });
  it('an approach that never slows settles at the extreme itself', () => {
    expect(settlePoint([0, 1, 2, 3], 0, 3, 1)).toBe(3);
  });
  it('downward for a valley (mode −1), counted from the given start only', () => {
    // from sample 2: falls of 2 (the fastest), 0.3, 0.05; 0.05 is the first under 0.2: stopped at 4.
    // (From sample 0 the fall of 5 into sample 2 would be the fastest, and 0.3 already "slow".)
    expect(settlePoint([5, 9, 4, 2, 1.7, 1.65], 2, 5, -1)).toBe(4);
  });
});

describe('sub-frame time of a peak: the vertex of the parabola through it and its neighbours', () => {
  const parabola = (vertex: number) => Array.from({ length: 20 }, (_, i) => -((i - vertex) ** 2));
  const t = Array.from({ length: 20 }, (_, i) => i / 10);
  it('a peak at 10.3 frames is timed 0.3 frames after frame 10; at 9.8, 0.2 frames before it', () => {
    expect(refineTime(t, parabola(10.3), 10, 0, 0, 20)).toBeCloseTo(1.03, 12);
    expect(refineTime(t, parabola(9.8), 10, 0, 0, 20)).toBeCloseTo(0.98, 12);
  });
  it('uses the spacing of the frames on the side the vertex lies', () => {
    const uneven = t.map((x, i) => (i > 10 ? x + 0.1 : i === 10 ? x : x - 0.1));
    // after frame 10 the next frame is 0.2 s away, before it the previous one 0.2 s too
    expect(refineTime(uneven, parabola(10.3), 10, 0, 0, 20)).toBeCloseTo(1.06, 12);
    const later = t.map((x, i) => (i > 10 ? x + 0.1 : x));
    expect(refineTime(later, parabola(9.8), 10, 0, 0, 20)).toBeCloseTo(0.98, 12);
  });
  it('at most half a frame either way', () => {
    // 0, 1, 1.5 is no peak at its middle: the vertex lies 1.5 frames later, clamped to 0.5
    expect(refineTime(t, [0, 1, 1.5], 1, 0, 0, 3)).toBeCloseTo(0.15, 12);
    expect(refineTime(t, [1.5, 1, 0], 1, 0, 0, 3)).toBeCloseTo(0.05, 12);
  });
  it('a flat top or a peak without both neighbours keeps the frame time', () => {
    expect(refineTime(t, [1, 1, 1], 1, 0, 0, 3)).toBe(0.1);
    expect(refineTime(t, parabola(10.3), 10, 0, 10, 20)).toBe(1);
    expect(refineTime(t, parabola(10.3), 10, 0, 0, 11)).toBe(1);
  });
  it('indices are local to the range starting at `base` in the frame times', () => {
    // r holds frames 5… of t: its sample 5 is frame 10
    expect(refineTime(t, parabola(10.3).slice(5), 5, 5, 0, 15)).toBeCloseTo(1.03, 12);
  });
});

describe('per-leg events of a walking range', () => {
  // 30 fps, 6 s; each ankle 50 px (0.5 shank) either side of the pelvis, a 1.2-s gait cycle, the
  // legs half a cycle apart: the left ankle is furthest ahead at 0.3 + 1.2 k s, furthest back at
  // 0.9 + 1.2 k s, the right one the other way round
  const fs = 30,
    n = 180,
    shankPx = 100;
  const t = Float64Array.from({ length: n }, (_, i) => i / fs);
  const wave = (phase: number, amp = 50) =>
    Float64Array.from({ length: n }, (_, i) => amp * Math.sin((2 * Math.PI * i) / (1.2 * fs) + phase));
  const rel = { left: wave(0), right: wave(Math.PI) };
  const times = (events: ReturnType<typeof detectGaitEvents>, side: string, kind: string) =>
    events.filter((e) => e.side === side && e.kind === kind).map((e) => Number(e.t_s.toFixed(3)));

  it('walking image-right: contacts at the maxima, lift-offs at the minima, both legs, in time order', () => {
    const ev = detectGaitEvents({ t, rel, ranges: [{ start: 0, end: n, u: 1 }], shankPx });
    expect(times(ev, 'left', 'contact')).toEqual([0.3, 1.5, 2.7, 3.9, 5.1]);
    expect(times(ev, 'left', 'liftoff')).toEqual([0.9, 2.1, 3.3, 4.5, 5.7]);
    expect(times(ev, 'right', 'contact')).toEqual([0.9, 2.1, 3.3, 4.5, 5.7]);
    expect(times(ev, 'right', 'liftoff')).toEqual([0.3, 1.5, 2.7, 3.9, 5.1]);
    for (let k = 1; k < ev.length; k++) expect(ev[k].t_s).toBeGreaterThanOrEqual(ev[k - 1].t_s);
    expect(ev.find((e) => e.t_s > 1.49 && e.side === 'left')!.frame).toBe(45);
  });
  it('walking image-left (u = −1): the roles of maxima and minima swap', () => {
    const ev = detectGaitEvents({ t, rel, ranges: [{ start: 0, end: n, u: -1 }], shankPx });
    expect(times(ev, 'left', 'contact')).toEqual([0.9, 2.1, 3.3, 4.5, 5.7]);
    expect(times(ev, 'right', 'contact')).toEqual([0.3, 1.5, 2.7, 3.9, 5.1]);
  });
  it('only frames inside the range, as frames of the whole session', () => {
    const ev = detectGaitEvents({ t, rel, ranges: [{ start: 30, end: 120, u: 1 }], shankPx });
    expect(times(ev, 'left', 'contact')).toEqual([1.5, 2.7]);
    expect(times(ev, 'left', 'liftoff')).toEqual([2.1, 3.3]);
    expect(ev.every((e) => e.frame >= 30 && e.frame < 120)).toBe(true);
  });
  it('h is at least 0.15 shank: a sway of ±0.06 shank makes no events', () => {
    const small = { left: wave(0, 6), right: wave(Math.PI, 6) };
    expect(detectGaitEvents({ t, rel: small, ranges: [{ start: 0, end: n, u: 1 }], shankPx })).toEqual([]);
    // ±0.1 shank (5–95 % range ≈ 0.2, 0.35 × 0.2 < 0.15): the floor h = 0.15 lets every swing through
    const medium = { left: wave(0, 10), right: wave(Math.PI, 10) };
    const ev = detectGaitEvents({ t, rel: medium, ranges: [{ start: 0, end: n, u: 1 }], shankPx });
    expect(times(ev, 'left', 'contact')).toEqual([0.3, 1.5, 2.7, 3.9, 5.1]);
  });
  it('a larger hysteresis share skips swings smaller than it', () => {
    // share 1.2: h ≈ 1.2 × 0.99 ≈ 1.19 shank > the 1.0-shank swing, so nothing is found
    const ev = detectGaitEvents({ t, rel, ranges: [{ start: 0, end: n, u: 1 }], shankPx, hysteresis: 1.2 });
    expect(ev).toEqual([]);
  });
  it('unknown frames split the signal; a piece shorter than 3 frames or a range shorter than 3 frames is skipped', () => {
    const gappy = { left: Float64Array.from(rel.left), right: Float64Array.from(rel.right) };
    for (let i = 60; i < 100; i++) gappy.left[i] = NaN; // 2.0–3.3 s unknown
    const ev = detectGaitEvents({ t, rel: gappy, ranges: [{ start: 0, end: n, u: 1 }], shankPx });
    expect(times(ev, 'left', 'contact')).toEqual([0.3, 1.5, 3.9, 5.1]);
    expect(times(ev, 'right', 'contact')).toEqual([0.9, 2.1, 3.3, 4.5, 5.7]);
    expect(detectGaitEvents({ t, rel, ranges: [{ start: 9, end: 11, u: 1 }], shankPx })).toEqual([]);
  });
  it('a leg never seen in the range gives no events and no error', () => {
    const hidden = { left: rel.left, right: new Float64Array(n).fill(NaN) };
    const ev = detectGaitEvents({ t, rel: hidden, ranges: [{ start: 0, end: n, u: 1 }], shankPx });
    expect(ev.every((e) => e.side === 'left')).toBe(true);
    expect(ev).toHaveLength(10);
  });
});
