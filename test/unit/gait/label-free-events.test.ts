/**
 * Events that a label swap cannot change (docs/metrics.md, "Gait events"): along the walking
 * direction u, front = max(u a_L, u a_R) and rear = min(u a_L, u a_R) of the two ankles relative to
 * the pelvis, in shank lengths, gap-bridged (≤ 0.25 s) and low-passed; contact = each maximum of
 * front, lift-off = each minimum of rear; a walker who stops ends on a settled maximum of front, or
 * on a closing step (the last maximum of rear after the last front contact, the feet then within
 * 0.35 shank of each other for 0.2 s). The walks below are built so the true events are known.
 */
import { describe, expect, it } from 'vitest';
import { detectStepEvents, frontRear, type StepEvent } from '../../../src/shared/gait/step-events';

const FS = 30,
  SHANK = 100;
const STEP_S = 0.6;
const w = (2 * Math.PI) / (2 * STEP_S); // a gait cycle is two steps
const times = (n: number) => Float64Array.from({ length: n }, (_, i) => i / FS);
/** Each ankle ±0.5 shank about the pelvis, half a cycle apart: one lands ahead every 0.6 s, at 0.3 + 0.6 k s. */
const walking = (n: number) => ({
  a: Float64Array.from({ length: n }, (_, i) => 0.5 * SHANK * Math.sin(w * (i / FS))),
  b: Float64Array.from({ length: n }, (_, i) => -0.5 * SHANK * Math.sin(w * (i / FS))),
});
const contactTimes = (ev: readonly StepEvent[]) =>
  ev.filter((e) => e.kind === 'contact').map((e) => Number(e.t_s.toFixed(3)));
const liftoffTimes = (ev: readonly StepEvent[]) =>
  ev.filter((e) => e.kind === 'liftoff').map((e) => Number(e.t_s.toFixed(3)));

describe('front and rear: label-free signals', () => {
  const n = 60;
  const range = { start: 0, end: n, u: 1 };
  it('front is the foot ahead, rear the foot behind, in shank lengths', () => {
    const a = new Float64Array(n).fill(50),
      b = new Float64Array(n).fill(-30);
    const { front, rear } = frontRear(a, b, range, SHANK, FS);
    expect(front).toHaveLength(n);
    for (let i = 0; i < n; i++) {
      expect(front[i]).toBeCloseTo(0.5, 9);
      expect(rear[i]).toBeCloseTo(-0.3, 9);
    }
  });
  it('exchanging the labels of the two ankles, in any frames, changes nothing', () => {
    const { a, b } = walking(n);
    const a2 = Float64Array.from(a),
      b2 = Float64Array.from(b);
    for (let i = 10; i < 25; i++) [a2[i], b2[i]] = [b[i], a[i]];
    expect(frontRear(a2, b2, range, SHANK, FS)).toEqual(frontRear(a, b, range, SHANK, FS));
  });
  it('walking the other way (u = −1), the foot ahead is the other extreme: front = −rear', () => {
    const { a } = walking(n);
    const b = Float64Array.from(a, (x) => 0.3 * x + 10);
    const plus = frontRear(a, b, range, SHANK, FS);
    const minus = frontRear(a, b, { ...range, u: -1 }, SHANK, FS);
    for (let i = 0; i < n; i++) {
      expect(minus.front[i]).toBeCloseTo(-plus.rear[i], 9);
      expect(minus.rear[i]).toBeCloseTo(-plus.front[i], 9);
    }
  });
  it('reads the range’s own frames of a longer series', () => {
    const a = Float64Array.from({ length: 100 }, (_, i) => (i < 40 ? 20 : 70)),
      b = new Float64Array(100).fill(0);
    const { front } = frontRear(a, b, { start: 40, end: 100, u: 1 }, SHANK, FS);
    expect(front).toHaveLength(60);
    expect(front[30]).toBeCloseTo(0.7, 9);
  });
  it('a frame with either ankle unknown is unknown; gaps up to 0.25 s (8 frames) are bridged', () => {
    const a = new Float64Array(n).fill(50),
      b = new Float64Array(n).fill(-30);
    for (let i = 10; i < 18; i++) a[i] = NaN; // 8 frames
    for (let i = 30; i < 39; i++) b[i] = NaN; // 9 frames: 0.3 s
    const { front, rear } = frontRear(a, b, range, SHANK, FS);
    expect(front[14]).toBeCloseTo(0.5, 9);
    expect(rear[14]).toBeCloseTo(-0.3, 9);
    expect(front[34]).toBeNaN();
    expect(rear[34]).toBeNaN();
  });
});

describe('contacts and lift-offs of a steady walk', () => {
  const n = 180; // 6 s
  const t = times(n);
  const { a, b } = walking(n);
  it('one contact every 0.6 s at the leading foot’s furthest reach, one lift-off at the trailing foot’s', () => {
    const ev = detectStepEvents({ t, relA: a, relB: b, ranges: [{ start: 0, end: n, u: 1 }], shankPx: SHANK, fs: FS });
    const truth = Array.from({ length: 10 }, (_, k) => Number((0.3 + STEP_S * k).toFixed(3)));
    expect(contactTimes(ev)).toEqual(truth);
    expect(liftoffTimes(ev)).toEqual(truth);
    expect(ev.every((e) => e.range === 0)).toBe(true);
    expect(ev.filter((e) => e.kind === 'contact').every((e) => e.source === 'front')).toBe(true);
    expect(ev.filter((e) => e.kind === 'liftoff').every((e) => e.source === 'rear')).toBe(true);
    expect(ev.find((e) => e.kind === 'contact')!.frame).toBe(9);
    // the peak of front is the leading foot's reach, about 0.5 shank (the low-pass lowers it a little)
    const firstValue = ev.find((e) => e.kind === 'contact')!.value;
    expect(firstValue).toBeGreaterThan(0.45);
    expect(firstValue).toBeLessThanOrEqual(0.5);
  });
  it('in time order, each event numbered by its range, ranges in any order', () => {
    const ev = detectStepEvents({
      t,
      relA: a,
      relB: b,
      ranges: [
        { start: 90, end: n, u: 1 },
        { start: 0, end: 90, u: 1 },
      ],
      shankPx: SHANK,
      fs: FS,
    });
    for (let k = 1; k < ev.length; k++) expect(ev[k].t_s).toBeGreaterThanOrEqual(ev[k - 1].t_s);
    expect(ev.filter((e) => e.t_s < 2.9).every((e) => e.range === 1)).toBe(true);
    expect(ev.filter((e) => e.t_s > 3.1).every((e) => e.range === 0)).toBe(true);
    expect(contactTimes(ev)).toContain(1.5);
    expect(contactTimes(ev)).toContain(4.5);
  });
  it('the same walk with the ankles’ labels swapped on whole steps gives the same events', () => {
    const a2 = Float64Array.from(a),
      b2 = Float64Array.from(b);
    for (let i = 36; i < 72; i++) [a2[i], b2[i]] = [b[i], a[i]];
    const input = { t, ranges: [{ start: 0, end: n, u: 1 }], shankPx: SHANK, fs: FS };
    expect(detectStepEvents({ ...input, relA: a2, relB: b2 })).toEqual(
      detectStepEvents({ ...input, relA: a, relB: b }),
    );
  });
  it('hysteresis of at least 0.15 shank: feet shuffling ±0.06 shank make no steps', () => {
    const small = (s: number) => Float64Array.from({ length: n }, (_, i) => s * 6 * Math.sin(w * (i / FS)));
    const ev = detectStepEvents({
      t,
      relA: small(1),
      relB: small(-1),
      ranges: [{ start: 0, end: n, u: 1 }],
      shankPx: SHANK,
      fs: FS,
    });
    expect(ev).toEqual([]);
  });
  it('only the range’s own frames count, numbered as frames of the whole walk', () => {
    // frames 30–119 (1.0–3.97 s): the contacts at 1.5, 2.1, 2.7 and 3.3 s; the one at 3.9 s
    // (frame 117) is two frames from the end, where the foot has not come back by h/2 yet
    const ev = detectStepEvents({
      t,
      relA: a,
      relB: b,
      ranges: [{ start: 30, end: 120, u: 1 }],
      shankPx: SHANK,
      fs: FS,
    });
    expect(contactTimes(ev)).toEqual([1.5, 2.1, 2.7, 3.3]);
    expect(ev.every((e) => e.frame >= 30 && e.frame < 120)).toBe(true);
  });
  it('the last contact counts once the leading foot came back by h/2 before the data end', () => {
    // front = 0.5 |sin|: h = 0.35 × its 5–95 % range ≈ 0.16 shank. After the contact at 2.7 s
    // (frame 81) the foot is back by 0.5 (1 − cos(4 · 2π / 36)) = 0.12 shank at frame 85 (≥ h/2),
    // by 0.07 at frame 84 (< h/2)
    const upTo = (end: number) =>
      detectStepEvents({
        t: t.subarray(0, end),
        relA: a.subarray(0, end),
        relB: b.subarray(0, end),
        ranges: [{ start: 0, end, u: 1 }],
        shankPx: SHANK,
        fs: FS,
      });
    expect(contactTimes(upTo(86))).toEqual([0.3, 0.9, 1.5, 2.1, 2.7]);
    expect(contactTimes(upTo(85))).toEqual([0.3, 0.9, 1.5, 2.1]);
  });
  it('three frames are enough for a contact at the middle one (runs that short are not filtered)', () => {
    const unknown = () => new Float64Array(n).fill(NaN);
    const [ahead, behind] = [unknown(), unknown()];
    ahead.set([0, 100, 0], 10); // front = 0, 1, 0 shank: h = 0.35 × 0.9, the peak falls back by 1
    behind.set([-100, -100, -100], 10);
    const input = { t, relA: ahead, relB: behind, shankPx: SHANK, fs: FS };
    const ev = detectStepEvents({ ...input, ranges: [{ start: 10, end: 13, u: 1 }] });
    expect(ev).toEqual([{ frame: 11, t_s: t[11], kind: 'contact', source: 'front', value: 1, range: 0 }]);
    // the same three frames inside a longer range of unknown ones
    expect(detectStepEvents({ ...input, ranges: [{ start: 0, end: 60, u: 1 }] })).toEqual(ev);
  });
  it('an empty or reversed range gives no events and no error', () => {
    for (const range of [
      { start: 30, end: 30, u: 1 },
      { start: 30, end: 20, u: 1 },
    ])
      expect(detectStepEvents({ t, relA: a, relB: b, ranges: [range], shankPx: SHANK, fs: FS })).toEqual([]);
  });
  it('a range where the feet are never both seen has no events', () => {
    const ev = detectStepEvents({
      t,
      relA: a,
      relB: new Float64Array(n).fill(NaN),
      ranges: [{ start: 0, end: n, u: 1 }],
      shankPx: SHANK,
      fs: FS,
    });
    expect(ev).toEqual([]);
  });
});

describe('a walk that ends standing', () => {
  // the walk above until 2.7 s (the fifth contact: foot A lands 0.5 ahead); then foot A, planted,
  // comes back under the pelvis by 3.0 s while foot B swings up beside it, and both stay there
  // (drifting 0.01 shank/s, as a standing body sways) for 1.5 s: a closing step landing at 3.0 s
  const n = 135; // 4.5 s
  const t = times(n);
  const closing = (feetApartAtEnd = 0) => {
    const a = new Float64Array(n),
      b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = i / FS;
      if (s <= 3) {
        a[i] = 0.5 * SHANK * Math.sin(w * s);
        b[i] = -0.5 * SHANK * Math.sin(w * s) - (s > 2.7 ? ((s - 2.7) / 0.3) * feetApartAtEnd * SHANK : 0);
      } else {
        a[i] = -0.01 * SHANK * (s - 3);
        b[i] = -0.01 * SHANK * (s - 3) - feetApartAtEnd * SHANK;
      }
    }
    return { a, b };
  };
  const input = { t, ranges: [{ start: 0, end: n, u: 1 }], shankPx: SHANK, fs: FS };

  it('the closing step is the walk’s last contact, where foot B landed (3.0 s, within two frames)', () => {
    const { a, b } = closing();
    const ev = detectStepEvents({ ...input, relA: a, relB: b });
    const contacts = ev.filter((e) => e.kind === 'contact');
    expect(contactTimes(ev).slice(0, 5)).toEqual([0.3, 0.9, 1.5, 2.1, 2.7]);
    expect(contacts).toHaveLength(6);
    const last = contacts[5];
    expect(last.source).toBe('closing');
    expect(Math.abs(last.t_s - 3)).toBeLessThanOrEqual(2 / FS);
    // a settled contact is timed at a frame, not between frames
    expect(last.t_s).toBe(t[last.frame]);
  });
  it('feet stopping 0.5 shank apart (more than 0.35) is no closing step', () => {
    const { a, b } = closing(0.5);
    const ev = detectStepEvents({ ...input, relA: a, relB: b });
    expect(ev.filter((e) => e.source === 'closing')).toEqual([]);
    expect(contactTimes(ev)).toEqual([0.3, 0.9, 1.5, 2.1, 2.7]);
  });
  it('feet 0.3 shank apart are still side by side', () => {
    const { a, b } = closing(0.3);
    const ev = detectStepEvents({ ...input, relA: a, relB: b });
    expect(ev.filter((e) => e.source === 'closing')).toHaveLength(1);
  });
  /**
   * The feet (shank lengths ahead of the pelvis) at `before(s)` until `t0`, then moving evenly over
   * 0.3 s to `aheadEnd` and `behindEnd`, then standing there (drifting back 0.01 shank/s).
   */
  const stopAt = (
    len: number,
    t0: number,
    before: (s: number) => [number, number],
    aheadEnd: number,
    behindEnd: number,
  ) => {
    const a = new Float64Array(len),
      b = new Float64Array(len);
    const [a0, b0] = before(t0);
    for (let i = 0; i < len; i++) {
      const s = i / FS;
      const k = Math.min(1, Math.max(0, (s - t0) / 0.3));
      const drift = s > t0 + 0.3 ? -0.01 * (s - t0 - 0.3) : 0;
      const [ahead, behind] = s <= t0 ? before(s) : [a0 + (aheadEnd - a0) * k, b0 + (behindEnd - b0) * k];
      a[i] = SHANK * (ahead + drift);
      b[i] = SHANK * (behind + drift);
    }
    return { a, b };
  };
  const walkThen = (aheadEnd: number, behindEnd: number) =>
    stopAt(n, 2.7, (s) => [0.5 * Math.sin(w * s), -0.5 * Math.sin(w * s)], aheadEnd, behindEnd);
  it('a trailing foot that comes forward but stops 0.4 shank behind the other (over 0.35) is no closing step', () => {
    // the foot behind rises from −0.5 to −0.2 shank (a peak of rear), the foot ahead comes back to 0.2
    const apart = walkThen(0.2, -0.2);
    const ev = detectStepEvents({ ...input, relA: apart.a, relB: apart.b });
    expect(ev.filter((e) => e.source === 'closing')).toEqual([]);
    expect(contactTimes(ev).slice(0, 4)).toEqual([0.3, 0.9, 1.5, 2.1]);
    // the last passing step's peak is a corner where the foot stops: found within a frame
    expect(contactTimes(ev)).toHaveLength(5);
    expect(Math.abs(contactTimes(ev)[4] - 2.7)).toBeLessThanOrEqual(1 / FS);
    // stopping 0.2 shank behind it, beside it: the closing step lands at 3.0 s
    const beside = walkThen(0.1, -0.1);
    const closingContacts = detectStepEvents({ ...input, relA: beside.a, relB: beside.b }).filter(
      (e) => e.source === 'closing',
    );
    expect(closingContacts).toHaveLength(1);
    expect(Math.abs(closingContacts[0].t_s - 3)).toBeLessThanOrEqual(2 / FS);
  });
  it('one step from standing: feet 0.5 shank apart close together by 0.8 s, a closing contact then', () => {
    // the foot ahead comes back from 0.25 to 0 shank while the one behind comes up from −0.25 to 0
    // between 0.5 and 0.8 s: no leading-foot peak, the only contact is the closing one
    const len = 60;
    const { a, b } = stopAt(len, 0.5, () => [0.25, -0.25], 0, 0);
    const ev = detectStepEvents({
      ...input,
      t: t.subarray(0, len),
      relA: a,
      relB: b,
      ranges: [{ start: 0, end: len, u: 1 }],
    });
    expect(ev).toHaveLength(1);
    expect(ev[0].source).toBe('closing');
    expect(Math.abs(ev[0].t_s - 0.8)).toBeLessThanOrEqual(2 / FS);
  });
  it('a recording that stops under 0.2 s after the feet close gives no closing contact', () => {
    const { a, b } = closing();
    const cut = 93; // 3.1 s: 0.1 s after the landing
    const ev = detectStepEvents({
      t: t.subarray(0, cut),
      relA: a.subarray(0, cut),
      relB: b.subarray(0, cut),
      ranges: [{ start: 0, end: cut, u: 1 }],
      shankPx: SHANK,
      fs: FS,
    });
    expect(ev.filter((e) => e.source === 'closing')).toEqual([]);
  });
  it('a walker who stops after a passing step: the last reach of front, settled, is the last contact', () => {
    // walking until 2.7 s, then the feet stay where they are (0.5 ahead, 0.5 behind) for 1.8 s,
    // drifting back 0.01 shank/s: front never comes back by h/2, but it settled
    const a = new Float64Array(n),
      b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = Math.min(i / FS, 2.7);
      const drift = i / FS > 2.7 ? -0.01 * SHANK * (i / FS - 2.7) : 0;
      a[i] = 0.5 * SHANK * Math.sin(w * s) + drift;
      b[i] = -0.5 * SHANK * Math.sin(w * s) + drift;
    }
    const ev = detectStepEvents({ ...input, relA: a, relB: b });
    const contacts = ev.filter((e) => e.kind === 'contact');
    expect(contacts).toHaveLength(5);
    expect(contacts.every((e) => e.source === 'front')).toBe(true);
    expect(Math.abs(contacts[4].t_s - 2.7)).toBeLessThanOrEqual(2 / FS);
  });
});
