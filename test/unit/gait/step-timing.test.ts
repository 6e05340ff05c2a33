/**
 * Steps from foot events (docs/metrics.md, "Gait events, steps, cadence"), answers worked out by
 * hand: step time = time since the other foot's previous contact (none for the first step, after a
 * same-foot contact, or over 2 s: a pause); stance time = contact → that foot's next lift-off;
 * cadence = 60 / mean step time over step times within [0.5, 1.8] × their median, else 120 / mean
 * same-foot stride; a hidden leg's contacts are inferred halfway between the other leg's.
 */
import { alternatingSteps } from '../../support/step-timings';
import { describe, expect, it } from 'vitest';
import type { DetectedEvent } from '../../../src/shared/gait';
import { buildSteps, cadence, inferMissingContacts, trimmed, type StepTiming } from '../../../src/shared/gait/steps';

type Ev = DetectedEvent & { inferred?: boolean };
const FS = 30;
const ev = (kind: 'contact' | 'liftoff', side: 'left' | 'right', t_s: number, inferred?: boolean): Ev => ({
  t_s,
  side,
  kind,
  frame: Math.round(t_s * FS),
  ...(inferred ? { inferred } : {}),
});
const contact = (side: 'left' | 'right', t_s: number, inferred?: boolean) => ev('contact', side, t_s, inferred);
const liftoff = (side: 'left' | 'right', t_s: number) => ev('liftoff', side, t_s);
const sorted = (events: Ev[]) => events.sort((a, b) => a.t_s - b.t_s);
/** Events written compactly, sorted by time: 'L1.6' a left contact at 1.6 s, 'r2' a right lift-off at 2 s. */
const walk = (text: string): Ev[] =>
  sorted(
    text.split(' ').map((word) => {
      const side = word[0].toLowerCase() === 'l' ? 'left' : 'right';
      const t_s = Number(word.slice(1));
      return word[0] === word[0].toUpperCase() ? contact(side, t_s) : liftoff(side, t_s);
    }),
  );
const whole = [{ start: 0, end: 10_000, u: 1 }];
const stepTimes = (steps: StepTiming[]) => steps.map((s) => (s.step_time_s == null ? null : +s.step_time_s.toFixed(3)));

describe('step times', () => {
  it('the time since the other foot’s previous contact; none for the first step', () => {
    const steps = buildSteps(walk('L1 R1.6 L2.25'), whole);
    expect(stepTimes(steps)).toEqual([null, 0.6, 0.65]);
    expect(steps.map((s) => s.side)).toEqual(['left', 'right', 'left']);
    expect(steps.map((s) => s.frame)).toEqual([30, 48, 68]);
  });
  it('none after a contact of the same foot (a missed contact between)', () => {
    const steps = buildSteps(walk('L1 L2.2 R2.8'), whole);
    expect(stepTimes(steps)).toEqual([null, null, 0.6]);
  });
  it('2 s is still a step; longer is a pause', () => {
    const steps = buildSteps(walk('L1 R3 L5.01'), whole);
    expect(stepTimes(steps)).toEqual([null, 2, null]);
  });
  it('none to or from an inferred contact (its time is a guess)', () => {
    const steps = buildSteps(
      sorted([contact('left', 1), contact('right', 1.6, true), contact('left', 2.2), contact('right', 2.8)]),
      whole,
    );
    expect(stepTimes(steps)).toEqual([null, null, null, 0.6]);
    expect(steps.map((s) => s.inferred)).toEqual([false, true, false, false]);
  });
  it('per walking range: the first contact of a range has no step time, and events outside every range are no steps', () => {
    const ranges = [
      { start: 0, end: 60, u: 1 },
      { start: 60, end: 200, u: 1 },
    ];
    // contacts at frames 30, 48 | 66, 84 | 300 (outside)
    const events = walk('L1 R1.6 L2.2 R2.8 L10');
    const steps = buildSteps(events, ranges);
    expect(stepTimes(steps)).toEqual([null, 0.6, null, 0.6]);
    expect(steps.map((s) => s.range)).toEqual([0, 0, 1, 1]);
  });
});

describe('stance times and the frames a step reaches', () => {
  it('stance = contact → that foot’s next lift-off; the other foot’s lift-off ends the double support', () => {
    const events = walk('L1 r1.2 R1.6 l1.8 L2.2 r2.4');
    const [l1, r1, l2] = buildSteps(events, whole);
    expect(l1.stance_time_s).toBeCloseTo(0.8, 12);
    expect(l1.liftoffFrame).toBe(54);
    expect(l1.otherLiftoffFrame).toBe(36);
    expect(l1.nextContactFrame).toBe(66);
    expect(r1.stance_time_s).toBeCloseTo(0.8, 12);
    expect(r1.liftoffFrame).toBe(72);
    expect(r1.otherLiftoffFrame).toBe(54);
    expect(r1.nextContactFrame).toBe(-1); // no later right contact
    expect(l2.stance_time_s).toBeNull(); // no later left lift-off
    expect(l2.liftoffFrame).toBe(-1);
    expect(l2.otherLiftoffFrame).toBe(72);
  });
  it('a lift-off at the contact’s own time or after the foot’s next contact is not its lift-off', () => {
    const events = walk('l1 L1 R1.6 L2.2 l2.5');
    const [first, , second] = buildSteps(events, whole);
    expect(first.stance_time_s).toBeNull();
    expect(first.liftoffFrame).toBe(-1);
    expect(second.stance_time_s).toBeCloseTo(0.3, 12);
  });
  it('a stance of 2 s counts, a longer one does not (its lift-off frame is still known)', () => {
    const two = buildSteps(walk('L1 l3'), whole)[0];
    expect(two.stance_time_s).toBeCloseTo(2, 12);
    const longer = buildSteps(walk('L1 l3.1'), whole)[0];
    expect(longer.stance_time_s).toBeNull();
    expect(longer.liftoffFrame).toBe(93);
  });
  it('an inferred contact has no stance time', () => {
    const s = buildSteps(sorted([contact('left', 1, true), liftoff('left', 1.7)]), whole)[0];
    expect(s.stance_time_s).toBeNull();
  });
  it('the other foot’s lift-off must come within 1 s and before this foot lands again', () => {
    const late = buildSteps(walk('L1 r2.1'), whole)[0];
    expect(late.otherLiftoffFrame).toBe(-1);
    const afterNext = buildSteps(walk('L1 L1.5 r1.7'), whole)[0];
    expect(afterNext.otherLiftoffFrame).toBe(-1);
    const inTime = buildSteps(walk('L1 r1.9'), whole)[0];
    expect(inTime.otherLiftoffFrame).toBe(57);
  });
  it('the gait cycle ends at the foot’s next contact when it is at most 4 s later', () => {
    const within = buildSteps(walk('L1 L5'), whole)[0];
    expect(within.nextContactFrame).toBe(150);
    const beyond = buildSteps(walk('L1 L5.1'), whole)[0];
    expect(beyond.nextContactFrame).toBe(-1);
  });
});

describe('trimming and cadence', () => {
  it('keeps values within [0.5, 1.8] × their median, ends included, in their order', () => {
    // median 0.6: keeps 0.3 … 1.08
    expect(trimmed([0.6, 1.09, 0.3, 0.6, 0.29, 1.08, 0.6])).toEqual([0.6, 0.3, 0.6, 1.08, 0.6]);
  });
  const timed = (times: Array<number | null>): StepTiming[] => alternatingSteps(times, FS);
  it('60 / the mean step time, a pause left out: steps of 0.5, 0.7 s and one of 1.5 s → 100 steps/min', () => {
    // median of [0.5, 0.7, 0.5, 0.7, 1.5] is 0.7; 1.5 > 1.8 × 0.7 = 1.26 goes; mean 0.6 s
    expect(cadence(timed([null, 0.5, 0.7, 0.5, 0.7, 1.5]))).toBeCloseTo(100, 10);
  });
  it('two step times are enough', () => {
    expect(cadence(timed([null, 0.6, 0.6]))).toBeCloseTo(100, 10);
  });
  it('with fewer, 120 / the mean same-foot stride (two steps each)', () => {
    // left at 0, 2 (+ a pause), right at 1, 3: strides of 2 s → 60 steps/min; one step time only
    const steps: StepTiming[] = [0, 1, 2, 3].map((t_s, k) => ({
      ...timed([null])[0],
      side: k % 2 ? 'right' : 'left',
      t_s,
      step_time_s: k === 1 ? 1 : null,
    }));
    expect(cadence(steps)).toBeCloseTo(60, 10);
  });
  it('a stride over 4 s, or across two walking ranges, is no stride; nothing at all gives no cadence', () => {
    const at = (side: 'left' | 'right', t_s: number, range = 0): StepTiming => ({
      ...timed([null])[0],
      side,
      t_s,
      range,
    });
    expect(cadence([at('left', 0), at('left', 4.1)])).toBeNull();
    expect(cadence([at('left', 0), at('left', 4)])).toBeCloseTo(30, 10);
    expect(cadence([at('left', 0), at('left', 1.2, 1)])).toBeNull();
    expect(cadence([])).toBeNull();
  });
});

describe('contacts of a hidden leg', () => {
  const t = Float64Array.from({ length: 600 }, (_, i) => i / FS);
  const range = [{ start: 0, end: 600, u: 1 }];
  it('are placed halfway between the other leg’s contacts, flagged inferred', () => {
    const seen = [contact('left', 1.01), contact('left', 2.21), contact('left', 3.41)];
    const out = inferMissingContacts(seen, range, t);
    const inferred = out.filter((e) => e.inferred);
    expect(inferred.map((e) => e.side)).toEqual(['right', 'right']);
    expect(inferred[0].t_s).toBeCloseTo(1.61, 12);
    expect(inferred[1].t_s).toBeCloseTo(2.81, 12);
    // the frame at or before that time
    expect(inferred.map((e) => e.frame)).toEqual([48, 84]);
    expect(out.map((e) => e.t_s.toFixed(2))).toEqual(['1.01', '1.61', '2.21', '2.81', '3.41']);
  });
  it('only when the other leg has at least three contacts and this one none', () => {
    const two = [contact('left', 1.01), contact('left', 2.21)];
    expect(inferMissingContacts(two, range, t)).toHaveLength(2);
    const withOne = [contact('left', 1.01), contact('left', 2.21), contact('left', 3.41), contact('right', 1.6)];
    expect(inferMissingContacts(withOne, range, t)).toHaveLength(4);
  });
  it('the right leg seen and the left hidden works the same way', () => {
    const seen = [contact('right', 1.01), contact('right', 2.21), contact('right', 3.41)];
    expect(
      inferMissingContacts(seen, range, t)
        .filter((e) => e.inferred)
        .map((e) => e.side),
    ).toEqual(['left', 'left']);
  });
  it('not across a pause of more than 4 s between two contacts', () => {
    const seen = [contact('left', 1.01), contact('left', 2.21), contact('left', 6.31)];
    expect(inferMissingContacts(seen, range, t).filter((e) => e.inferred)).toHaveLength(1);
    const exactly = [contact('left', 1), contact('left', 2), contact('left', 6)];
    expect(inferMissingContacts(exactly, range, t).filter((e) => e.inferred)).toHaveLength(2);
  });
  it('per range: contacts of another range do not count, and lift-offs are not contacts', () => {
    const ranges = [
      { start: 0, end: 100, u: 1 },
      { start: 100, end: 600, u: 1 },
    ];
    const events = [contact('left', 1.01), contact('left', 2.21), liftoff('left', 2.5), contact('left', 3.41)];
    // 3.41 s is frame 102, in the second range: the first has two contacts, the second one
    expect(inferMissingContacts(events, ranges, t).filter((e) => e.inferred)).toHaveLength(0);
    const lifts = [liftoff('left', 1.01), liftoff('left', 2.21), liftoff('left', 3.41)];
    expect(inferMissingContacts(lifts, range, t)).toHaveLength(3);
  });
});
