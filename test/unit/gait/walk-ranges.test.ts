/**
 * Where the person walks and the foot events there (docs/metrics.md, "Walking direction and
 * segments", "Gait events"): walking runs become ranges reaching half a window into standing
 * neighbours, walking along u = F forward and −F backward; where both ankles are seen on at least
 * 60 % of a range's frames the events are label-free, else each visible leg's own (a hidden leg's
 * contacts inferred halfway between the other's); a walking run with fewer than two contacts is
 * standing. Turns: frames between two confident opposite facings ≤ 4 s apart, ± 0.3 s.
 * The walks are built so the true contacts are known.
 */
import { describe, expect, it } from 'vitest';
import type { WalkDirection } from '../../../src/shared/gait';
import { markTurns, walkEvents, type WalkEventsInput } from '../../../src/shared/gait/walk-events';

const FS = 30,
  SHANK = 100,
  N = 300; // 10 s
const STRIDE = 51,
  LEFT_ANKLE = 15,
  RIGHT_ANKLE = 16;
const PELVIS_X = 300;
const w = (2 * Math.PI) / 1.2; // a 1.2-s gait cycle: a step every 0.6 s
const WALK_FROM = 2,
  WALK_TO = 8; // s

/**
 * Standing until 2 s, walking backward (facing image-right, so moving image-left: u = −1) until 8 s,
 * standing again. Along u the left ankle is 0.5 sin(ω (t − 2)) shank from the pelvis and the right
 * one the opposite: the left foot lands ahead at 2.3, 3.5, 4.7, 5.9, 7.1 s, the right one at 2.9,
 * 4.1, 5.3, 6.5, 7.7 s; by 8 s the left foot has come up beside the right one (a closing step).
 */
function backwardWalk(): WalkEventsInput {
  const t = Float64Array.from({ length: N }, (_, i) => i / FS);
  const raw = new Float64Array(N * STRIDE).fill(NaN);
  const labels: WalkDirection[] = [];
  for (let i = 0; i < N; i++) {
    const s = t[i];
    const walking = s >= WALK_FROM && s < WALK_TO;
    labels.push(walking ? 'backward' : 'standing');
    const along = walking ? 0.5 * SHANK * Math.sin(w * (s - WALK_FROM)) : 0;
    // u = −1: a foot ahead along u lies image-left of the pelvis
    raw[i * STRIDE + LEFT_ANKLE * 3] = PELVIS_X - along;
    raw[i * STRIDE + RIGHT_ANKLE * 3] = PELVIS_X + along;
    raw[i * STRIDE + LEFT_ANKLE * 3 + 1] = 400;
    raw[i * STRIDE + RIGHT_ANKLE * 3 + 1] = 400;
  }
  return {
    labels,
    facing: new Float64Array(N).fill(0.8),
    t,
    fs: FS,
    present: new Uint8Array(N).fill(1),
    half: 15,
    raw,
    pelvisX: new Float64Array(N).fill(PELVIS_X),
    shankPx: SHANK,
  };
}
const contactsOf = (events: ReturnType<typeof walkEvents>['events'], side: 'left' | 'right') =>
  events.filter((e) => e.kind === 'contact' && e.side === side && !('inferred' in e && e.inferred));
const rounded = (xs: ReadonlyArray<{ t_s: number }>) => xs.map((e) => Number(e.t_s.toFixed(2)));
/** Each event within a frame of its true time. */
const expectNear = (xs: ReadonlyArray<{ t_s: number }>, truth: readonly number[]) => {
  expect(xs).toHaveLength(truth.length);
  xs.forEach((e, k) => expect(Math.abs(e.t_s - truth[k])).toBeLessThanOrEqual(1 / FS));
};
const hide = (ankle: number) => (input: WalkEventsInput, hidden: (i: number) => boolean) => {
  for (let i = 0; i < N; i++) if (hidden(i)) input.raw[i * STRIDE + ankle * 3] = NaN;
};
const hideRight = hide(RIGHT_ANKLE),
  hideLeft = hide(LEFT_ANKLE);
/** Direction labels by time (s). */
const labelled = (label: (s: number) => WalkDirection): WalkDirection[] =>
  Array.from({ length: N }, (_, i) => label(i / FS));
const inSeconds = (s: number, from: number, to: number) => s >= from && s < to;

describe('walking ranges and their events', () => {
  it('one range: the walking run reaching half a window (0.5 s) into the standing on each side, u = −F backward', () => {
    const { ranges, labelFree, runs } = walkEvents(backwardWalk());
    expect(ranges).toEqual([{ start: 45, end: 255, u: -1, core: [60, 240] }]);
    expect(labelFree).toEqual(ranges);
    expect(runs.map((r) => r.label)).toEqual(['standing', 'backward', 'standing']);
  });
  it('forward walking with the same facing walks along u = +F', () => {
    const input = backwardWalk();
    input.labels = input.labels.map((l) => (l === 'backward' ? 'forward' : l));
    expect(walkEvents(input).ranges[0].u).toBe(1);
    input.facing.fill(-0.8);
    input.labels = backwardWalk().labels;
    expect(walkEvents(input).ranges[0].u).toBe(1);
  });
  it('the range stops where the person is not present', () => {
    const input = backwardWalk();
    for (let i = 50; i < 55; i++) input.present[i] = 0;
    expect(walkEvents(input).ranges[0].start).toBe(55);
  });
  it('both feet seen: label-free contacts on the right feet at the true times, then the closing step', () => {
    const { events } = walkEvents(backwardWalk());
    const left = contactsOf(events, 'left');
    expect(rounded(left.slice(0, 5))).toEqual([2.3, 3.5, 4.7, 5.9, 7.1]);
    expect(left).toHaveLength(6);
    // the closing step settles as the feet come together at 8 s
    expect(Math.abs(left[5].t_s - WALK_TO)).toBeLessThanOrEqual(2 / FS);
    expect(rounded(contactsOf(events, 'right'))).toEqual([2.9, 4.1, 5.3, 6.5, 7.7]);
    for (let k = 1; k < events.length; k++) expect(events[k].t_s).toBeGreaterThanOrEqual(events[k - 1].t_s);
  });
  it('both ankles on exactly 60 % of the range’s frames is still label-free; one frame fewer is not', () => {
    // the range is frames 45–254 (210 frames): hiding the right ankle on 84 of them leaves 126 = 60 %
    const input = backwardWalk();
    hideRight(input, (i) => i >= 45 && i < 255 && (i - 45) % 5 < 2);
    expect(walkEvents(input).labelFree).toHaveLength(1);
    const fewer = backwardWalk();
    hideRight(fewer, (i) => (i >= 45 && i < 255 && (i - 45) % 5 < 2) || i === 48);
    const oneLeg = walkEvents(fewer);
    expect(oneLeg.labelFree).toEqual([]);
    // each leg's own contacts (the right one's gaps of two or three frames bridged): the same steps,
    // within a frame, and no closing step
    expectNear(contactsOf(oneLeg.events, 'left'), [2.3, 3.5, 4.7, 5.9, 7.1]);
    expectNear(contactsOf(oneLeg.events, 'right'), [2.9, 4.1, 5.3, 6.5, 7.7]);
  });
  const leftContacts = [2.3, 3.5, 4.7, 5.9, 7.1],
    rightContacts = [2.9, 4.1, 5.3, 6.5, 7.7];
  for (const [hidden, seen, hideLeg, seenTimes, inferredTimes] of [
    ['right', 'left', hideRight, leftContacts, rightContacts.slice(0, 4)],
    ['left', 'right', hideLeft, rightContacts, leftContacts.slice(1)],
  ] as const)
    it(`a hidden ${hidden} leg: its contacts are inferred halfway between the ${seen} foot’s, all in time order`, () => {
      const input = backwardWalk();
      hideLeg(input, () => true);
      const { events, labelFree } = walkEvents(input);
      expect(labelFree).toEqual([]);
      expect(rounded(contactsOf(events, seen))).toEqual(seenTimes);
      const inferred = events.filter((e) => 'inferred' in e && e.inferred);
      expect(inferred.every((e) => e.side === hidden && e.kind === 'contact')).toBe(true);
      expect(rounded(inferred)).toEqual(inferredTimes);
      for (let k = 1; k < events.length; k++) expect(events[k].t_s).toBeGreaterThanOrEqual(events[k - 1].t_s);
    });
  it('a walking run next to another reaches only into the non-walking side', () => {
    // forward 2–5 s, backward 5–8 s (the same facing): each walks along its own u, the sine gives
    // both their steps
    const input = backwardWalk();
    input.labels = labelled((s) => (inSeconds(s, 2, 5) ? 'forward' : inSeconds(s, 5, 8) ? 'backward' : 'standing'));
    expect(walkEvents(input).ranges).toEqual([
      { start: 45, end: 150, u: 1, core: [60, 150] },
      { start: 150, end: 255, u: -1, core: [150, 240] },
    ]);
  });
  it('one-leg and label-free ranges together: every event in time order', () => {
    // the right ankle hidden in the first range (forward, 1.5–5 s) only: its events are the left
    // leg's own and the inferred right ones, those of the second (backward, 5–8.5 s) label-free
    const input = backwardWalk();
    input.labels = labelled((s) => (inSeconds(s, 2, 5) ? 'forward' : inSeconds(s, 5, 8) ? 'backward' : 'standing'));
    hideRight(input, (i) => i < 150);
    const { events, labelFree } = walkEvents(input);
    expect(labelFree).toEqual([{ start: 150, end: 255, u: -1, core: [150, 240] }]);
    expect(events.some((e) => e.t_s < 5)).toBe(true);
    for (let k = 1; k < events.length; k++) expect(events[k].t_s).toBeGreaterThanOrEqual(events[k - 1].t_s);
  });
  it('each walking run counts only the contacts inside its own range', () => {
    // two more "walking" runs with the feet still (0–1 s and 9–10 s, standing between): the walk's
    // contacts lie outside their ranges (0–44 and 255–299), so they are standing
    const input = backwardWalk();
    input.labels = labelled((s) => (inSeconds(s, 1, 2) || inSeconds(s, 8, 9) ? 'standing' : 'backward'));
    const { ranges, runs } = walkEvents(input);
    expect(ranges).toEqual([{ start: 45, end: 255, u: -1, core: [60, 240] }]);
    expect(runs.map((r) => r.label)).toEqual(['standing', 'backward', 'standing']);
  });
  it('two contacts are enough: one passing step and a closing step is walking', () => {
    // feet together until 2 s; by 2.5 s the left foot lands 0.3 shank ahead (the right 0.3 behind),
    // by 2.9 s the right one has come up beside it: contacts at 2.5 s and (closing) 2.9 s
    const input = backwardWalk();
    input.labels = labelled((s) => (inSeconds(s, 2, 3) ? 'backward' : 'standing'));
    for (let i = 0; i < N; i++) {
      const s = i / FS;
      const along = SHANK * (s < 2 ? 0 : s < 2.5 ? 0.6 * (s - 2) : s < 2.9 ? 0.3 - 0.75 * (s - 2.5) : 0);
      input.raw[i * STRIDE + LEFT_ANKLE * 3] = PELVIS_X - along;
      input.raw[i * STRIDE + RIGHT_ANKLE * 3] = PELVIS_X + along;
    }
    const { ranges, events, runs } = walkEvents(input);
    expect(runs.map((r) => r.label)).toEqual(['standing', 'backward', 'standing']);
    expect(ranges).toHaveLength(1);
    const contacts = events.filter((e) => e.kind === 'contact');
    expect(contacts).toHaveLength(2);
    expect(Math.abs(contacts[0].t_s - 2.5)).toBeLessThanOrEqual(1 / FS);
    expect(Math.abs(contacts[1].t_s - 2.9)).toBeLessThanOrEqual(2 / FS);
  });
  it('a "walking" run in which the feet never move is standing: its labels change and it has no range', () => {
    const input = backwardWalk();
    for (let i = 0; i < N; i++) {
      input.raw[i * STRIDE + LEFT_ANKLE * 3] = PELVIS_X - 10;
      input.raw[i * STRIDE + RIGHT_ANKLE * 3] = PELVIS_X + 10;
    }
    const { ranges, events, runs } = walkEvents(input);
    expect(ranges).toEqual([]);
    expect(events).toEqual([]);
    expect(runs.map((r) => r.label)).toEqual(['standing']);
    expect(input.labels.every((l) => l === 'standing')).toBe(true);
  });
  it('a walking run without a facing has no range', () => {
    const input = backwardWalk();
    input.facing.fill(0);
    expect(walkEvents(input).ranges).toEqual([]);
  });
});

describe('turns', () => {
  // 32 frames a second, so 0.3 s is 9.6 frames: the margins are 9 frames, never on a boundary
  const fs = 32,
    n = 400;
  const t = Float64Array.from({ length: n }, (_, i) => i / fs);
  /** Facing +0.8 to frame `lastRight`, unsure until `firstLeft`, then −0.8. */
  const facingFlip = (lastRight: number, firstLeft: number) =>
    Float64Array.from({ length: n }, (_, i) => (i <= lastRight ? 0.8 : i < firstLeft ? 0 : -0.8));
  const turning = (labels: WalkDirection[]) =>
    labels.flatMap((l, i) => (l === 'turning' ? [i] : [])).filter((i, k, a) => k === 0 || k === a.length - 1);

  it('frames between the last confident facing one way and the first the other way, ± 0.3 s, turn', () => {
    const labels: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    markTurns(labels, facingFlip(99, 160), t);
    expect(turning(labels)).toEqual([90, 169]);
    expect(labels.filter((l) => l === 'turning')).toHaveLength(80);
  });
  it('an unknown frame stays unknown inside a turn', () => {
    const labels: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    labels[120] = 'unknown';
    markTurns(labels, facingFlip(99, 160), t);
    expect(labels[120]).toBe('unknown');
    expect(labels[121]).toBe('turning');
  });
  it('facings exactly 4 s apart are a turn; further apart they are two walks', () => {
    const near: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    markTurns(near, facingFlip(99, 99 + 128), t);
    expect(near.includes('turning')).toBe(true);
    const far: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    markTurns(far, facingFlip(99, 99 + 129), t);
    expect(far.includes('turning')).toBe(false);
  });
  it('a facing of 0.25 is not confident: the turn starts from the last facing beyond it', () => {
    const labels: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    const facing = facingFlip(99, 160);
    for (let i = 100; i < 110; i++) facing[i] = 0.25;
    markTurns(labels, facing, t);
    expect(turning(labels)).toEqual([90, 169]);
  });
  it('the same facing again after an unsure stretch is no turn; turning back is a second turn', () => {
    const same: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    markTurns(
      same,
      Float64Array.from({ length: n }, (_, i) => (i >= 100 && i < 160 ? 0 : 0.8)),
      t,
    );
    expect(same.includes('turning')).toBe(false);
    const twice: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    const facing = Float64Array.from({ length: n }, (_, i) => (i < 100 ? 0.8 : i < 300 ? -0.8 : 0.8));
    markTurns(twice, facing, t);
    // around 99 → 100 (frames 90–109) and 299 → 300 (frames 290–309)
    expect(twice.filter((l) => l === 'turning')).toHaveLength(40);
    expect(twice[89]).toBe('backward');
    expect(twice[90]).toBe('turning');
    expect(twice[109]).toBe('turning');
    expect(twice[110]).toBe('backward');
    expect(twice[290]).toBe('turning');
    expect(twice[309]).toBe('turning');
  });
  it('a frame exactly 0.3 s before or after the turn’s facings still turns', () => {
    // frames 0.1 s apart, times i / 10: 0.5 − 0.2 is exactly 0.3 in floating point, 1.1 − 0.8 is more
    const tenths = Float64Array.from({ length: 12 }, (_, i) => i / 10);
    const flip = (lastRight: number, firstLeft: number) => {
      const labels: WalkDirection[] = Array<WalkDirection>(12).fill('backward');
      const facing = Float64Array.from({ length: 12 }, (_, i) => (i <= lastRight ? 0.8 : i < firstLeft ? 0 : -0.8));
      markTurns(labels, facing, tenths);
      return turning(labels);
    };
    // right until 0.5 s, left from 0.8 s: from 0.2 s (exactly 0.3 s before) to 1.0 s
    expect(flip(5, 8)).toEqual([2, 10]);
    // right until 0.1 s, left from 0.2 s: to 0.5 s (exactly 0.3 s after)
    expect(flip(1, 2)).toEqual([0, 5]);
  });
  it('a turn at the very start or end of the session stops at its first and last frame', () => {
    const labels: WalkDirection[] = Array<WalkDirection>(n).fill('backward');
    const facing = Float64Array.from({ length: n }, (_, i) => (i < 3 ? 0.8 : i > n - 4 ? 0.8 : -0.8));
    markTurns(labels, facing, t);
    expect(labels[0]).toBe('turning');
    expect(labels[n - 1]).toBe('turning');
  });
});
