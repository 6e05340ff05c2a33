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
  it('a last valley the same way: a rise of exactly 1 (h = 2) after it counts, of 0.8 not', () => {
    const ends = (last: number) => [0, -1, -2, -3, -2, -1, 0, -1, -2, -3, last];
    expect(idx(extremes(ends(-2), 0, 11, 2))).toEqual(['min@3', 'max@6', 'min@9']);
    expect(idx(extremes(ends(-2.2), 0, 11, 2))).toEqual(['min@3', 'max@6']);
  });
  it('a swing of exactly h counts from the first samples on, up and down', () => {
    // 0 → 2 is the first swing of h = 2, then 2 → 0, 0 → 2 and 2 → 0 again; 0 → 0.5 is not
    expect(idx(extremes([0.5, 0, 2, 1, 0, 1, 2, 1, 0, 0.5], 0, 10, 2))).toEqual(['max@2', 'min@4', 'max@6']);
  });
  it('an extreme on the first or last sample is no event', () => {
    // falls from its first sample and rises to its last: only the valley between
    expect(idx(extremes([3, 2, 1, 0, 1, 2, 3], 0, 7, 2))).toEqual(['min@3']);
  });
  it('not even with no hysteresis at all: every inner turn counts, the edges of [s, e) never', () => {
    // samples 1…4 only: a steady rise 0 → 3 has its extremes on the edges (the 5s lie outside)
    expect(idx(extremes([5, 0, 1, 2, 3, 5], 1, 5, 0))).toEqual([]);
    // 0, 2, 1, 3 turns at samples 2 and 3
    expect(idx(extremes([5, 0, 2, 1, 3, 5], 1, 5, 0))).toEqual(['max@2', 'min@3']);
  });
  it('only differences count: the same signal shifted up or down has the same extremes', () => {
    const shifted = (r: number[], by: number) => r.map((x) => x + by);
    for (const by of [-5, 5]) {
      expect(idx(extremes(shifted([1, 0, 1, 2, 3, 2, 1], by), 0, 7, 2))).toEqual(['min@1', 'max@4']);
      expect(idx(extremes(shifted([0.9, 0, 1, 2, 3, 2, 1], by), 0, 7, 2))).toEqual(['max@4']);
      expect(idx(extremes(shifted([-1, 0, -1, -2, -3, -2, -1], by), 0, 7, 2))).toEqual(['max@1', 'min@4']);
      expect(idx(extremes(shifted([-0.9, 0, -1, -2, -3, -2, -1], by), 0, 7, 2))).toEqual(['min@4']);
    }
  });
  it('works inside [s, e) only, with indices of the whole array', () => {
    const r = [9, 9, 0, 1, 2, 3, 2, 1, 0, 1, 9, 9];
    expect(idx(extremes(r, 2, 10, 2))).toEqual(['max@5', 'min@8']);
    // the fall at sample e = 11 is outside: the peak at 9 came back by only 0.5 before it
    const beyond = [0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2.5, 0];
    expect(idx(extremes(beyond, 0, 11, 2))).toEqual(['max@3', 'min@6']);
    expect(idx(extremes(beyond, 0, 12, 2))).toEqual(['max@3', 'min@6', 'max@9']);
  });
  it('a plateau counts at its last sample', () => {
    expect(idx(extremes([0, 1, 2, 3, 3, 3, 2, 1, 0], 0, 9, 2))).toEqual(['max@5']);
    expect(idx(extremes([0, 1, 2, 3, 2, 1, 0, 0, 0, 1, 2, 3, 2, 1, 0], 0, 15, 2))).toEqual([
      'max@3',
      'min@8',
      'max@11',
    ]);
  });
  it('the first extreme too, before the swing of h that confirms it', () => {
    // the top 3, 3 rose 1 = h/2 from the start; the fall to 0.5 is the swing of h = 2 after it
    expect(idx(extremes([2, 3, 3, 1.5, 0.5, 2, 3], 0, 7, 2))).toEqual(['max@2', 'min@4']);
    expect(idx(extremes([-2, -3, -3, -1.5, -0.5, -2, -3], 0, 7, 2))).toEqual(['min@2', 'max@4']);
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
  it('a walk of one step that stops: its only extreme is the settled peak, approached from the start', () => {
    // the rise 0 → 3 (h = 2) never comes back: the peak at 3 settles, four samples follow it
    const settled = extremes([0, 1, 2, 3, 2.95, 2.95, 2.95, 2.95], 0, 8, 2, 4);
    expect(settled).toEqual([{ idx: 3, max: true, settled: true }]);
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
    // its fastest step is the last one, into the extreme: the pause before it came before the fastest
    expect(settlePoint([0, 1, 1.05, 3], 0, 3, 1)).toBe(3);
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
    // frames after 10 are 0.2 s apart, before it 0.1 s: 0.3 frames later is 0.06 s, 0.2 earlier 0.02 s
    const later = t.map((x, i) => (i > 10 ? x + 0.1 : x));
    expect(refineTime(later, parabola(10.3), 10, 0, 0, 20)).toBeCloseTo(1.06, 12);
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
    // the lift-offs at 2.1 and 3.3 s fall in the gap; the piece after it starts at its lowest sample
    expect(times(ev, 'left', 'liftoff')).toEqual([0.9, 4.5, 5.7]);
    expect(times(ev, 'right', 'contact')).toEqual([0.9, 2.1, 3.3, 4.5, 5.7]);
    expect(detectGaitEvents({ t, rel, ranges: [{ start: 9, end: 11, u: 1 }], shankPx })).toEqual([]);
  });
  it('three frames are enough for an event at the middle one', () => {
    const peak = { left: new Float64Array(n).fill(NaN), right: new Float64Array(n).fill(NaN) };
    peak.left.set([0, 100, 0], 10);
    // r = 0, 1, 0 shank: h = 0.35 × 0.9 (the 5–95 % range of three samples); the peak falls back by 1
    const ev = detectGaitEvents({ t, rel: peak, ranges: [{ start: 10, end: 13, u: 1 }], shankPx });
    expect(ev).toEqual([{ t_s: t[11], side: 'left', kind: 'contact', frame: 11 }]);
    // the same three frames inside a longer range of unknown ones
    expect(detectGaitEvents({ t, rel: peak, ranges: [{ start: 0, end: 40, u: 1 }], shankPx })).toEqual(ev);
  });
  it('an empty or reversed range gives no events and no error', () => {
    for (const range of [
      { start: 30, end: 30, u: 1 },
      { start: 30, end: 20, u: 1 },
    ])
      expect(detectGaitEvents({ t, rel, ranges: [range], shankPx })).toEqual([]);
  });
  it('the last extreme of a range counts once the signal is back by h/2 before the range ends', () => {
    // h ≈ 0.35 shank; after the left lift-off at 5.7 s (frame 171) the ankle is back by 0.25 shank
    // at frame 177 (≥ h/2, < h), by only 0.12 at frame 175: a range ending at 176 misses it
    const upTo = (end: number) => detectGaitEvents({ t, rel, ranges: [{ start: 0, end, u: 1 }], shankPx });
    expect(times(upTo(178), 'left', 'liftoff')).toEqual([0.9, 2.1, 3.3, 4.5, 5.7]);
    expect(times(upTo(178), 'right', 'contact')).toEqual([0.9, 2.1, 3.3, 4.5, 5.7]);
    expect(times(upTo(176), 'left', 'liftoff')).toEqual([0.9, 2.1, 3.3, 4.5]);
  });
  it('a range over 4000 frames takes its hysteresis from 4000 evenly spread samples (every 2nd of 8000)', () => {
    // frames 1–3999: the 1.2-s walk of the left ankle; frames 4000–7999: the odd ones 100 shank
    // away (a stray detection), the even ones unknown. Every 2nd sample (0, 2, 4…) sees only the
    // walk: h ≈ 0.35 shank. All samples would give h ≈ 35 shank and no events at all.
    const long = 8000;
    const tLong = Float64Array.from({ length: long }, (_, i) => i / fs);
    const left = Float64Array.from({ length: long }, (_, i) =>
      i === 0 || (i >= 4000 && i % 2 === 0) ? NaN : i >= 4000 ? 10_000 : 50 * Math.sin((2 * Math.PI * i) / 36),
    );
    const rel = { left, right: new Float64Array(long).fill(NaN) };
    const ev = detectGaitEvents({ t: tLong, rel, ranges: [{ start: 0, end: long, u: 1 }], shankPx });
    // the ankle is furthest ahead at frames 9 + 36 k, furthest back at 27 + 36 k, up to frame 3999
    const contacts = ev.filter((e) => e.kind === 'contact').map((e) => e.frame);
    expect(contacts).toEqual(Array.from({ length: 111 }, (_, k) => 9 + 36 * k));
    expect(ev.filter((e) => e.kind === 'liftoff')).toHaveLength(111);
  });
  it('a leg never seen in the range gives no events and no error', () => {
    const hidden = { left: rel.left, right: new Float64Array(n).fill(NaN) };
    const ev = detectGaitEvents({ t, rel: hidden, ranges: [{ start: 0, end: n, u: 1 }], shankPx });
    expect(ev.every((e) => e.side === 'left')).toBe(true);
    expect(ev).toHaveLength(10);
  });
});
