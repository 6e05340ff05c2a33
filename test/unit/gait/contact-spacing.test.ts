/**
 * How close two foot contacts may be (docs/metrics.md, "Gait events"), answers worked out by hand:
 * - label-free events: of two contacts closer than max(0.25 s, 0.45 × the median step time), the
 *   weaker peak goes; a closing step before the last leading-foot contact is a pause, not an end;
 * - one-leg events: of two contacts closer than 0.1 s, the later goes.
 */
import { describe, expect, it } from 'vitest';
import type { DetectedEvent } from '../../../src/shared/gait';
import { dropImpossibleSteps, type StepEvent } from '../../../src/shared/gait/step-events';
import { dropCloseContacts } from '../../../src/shared/gait/walk-events';

describe('one-leg events: two contacts closer than 0.1 s cannot both be steps', () => {
  const contact = (t_s: number, side: 'left' | 'right'): DetectedEvent => ({
    t_s,
    side,
    kind: 'contact',
    frame: Math.round(t_s * 30),
  });
  const liftoff = (t_s: number, side: 'left' | 'right'): DetectedEvent => ({ ...contact(t_s, side), kind: 'liftoff' });

  it('contacts of different feet 0.08 s apart: the later is dropped; 0.12 s apart: both are kept', () => {
    expect(dropCloseContacts([contact(1, 'left'), contact(1.08, 'right')])).toEqual([contact(1, 'left')]);
    expect(dropCloseContacts([contact(1, 'left'), contact(1.12, 'right')])).toHaveLength(2);
  });
  it('exactly 0.1 s apart is not closer than 0.1 s: both are kept', () => {
    expect(dropCloseContacts([contact(0, 'left'), contact(0.1, 'right')])).toHaveLength(2);
  });
  it('the spacing runs from the last kept contact: of 1.00, 1.08 and 1.16 s only 1.08 goes', () => {
    const out = dropCloseContacts([contact(1, 'left'), contact(1.08, 'right'), contact(1.16, 'left')]);
    expect(out.map((e) => e.t_s)).toEqual([1, 1.16]);
  });
  it('lift-offs are never dropped and do not count as contacts', () => {
    const events = [contact(1, 'left'), liftoff(1.03, 'right'), contact(1.08, 'right'), liftoff(1.5, 'left')];
    expect(dropCloseContacts(events)).toEqual([contact(1, 'left'), liftoff(1.03, 'right'), liftoff(1.5, 'left')]);
    // a lift-off 0.05 s before a contact does not make that contact too close
    expect(dropCloseContacts([liftoff(0.95, 'right'), contact(1, 'left')])).toHaveLength(2);
  });
});

describe('label-free events: impossible steps', () => {
  const FS = 30;
  const event = (
    t_s: number,
    value: number,
    source: StepEvent['source'] = 'front',
    kind: StepEvent['kind'] = 'contact',
  ): StepEvent => ({ frame: Math.round(t_s * FS), t_s, kind, source, value, range: 0 });
  /** Contacts every `step` s from 0, all with peak value 1. */
  const regular = (count: number, step: number): StepEvent[] =>
    Array.from({ length: count }, (_, k) => event(k * step, 1));
  const times = (events: readonly StepEvent[]) => events.map((e) => Number(e.t_s.toFixed(3)));
  const byTime = (events: StepEvent[]) => events.sort((a, b) => a.t_s - b.t_s);

  it('a weaker contact 0.26 s after another, in 0.6-s steps (limit 0.45 × 0.6 = 0.27 s), goes', () => {
    const out = dropImpossibleSteps(byTime([...regular(8, 0.6), event(2.06, 0.5)]), FS);
    expect(times(out)).toEqual([0, 0.6, 1.2, 1.8, 2.4, 3, 3.6, 4.2]);
  });
  it('a stronger one replaces the earlier, weaker contact', () => {
    const out = dropImpossibleSteps(byTime([...regular(8, 0.6), event(2.06, 1.5)]), FS);
    expect(times(out)).toEqual([0, 0.6, 1.2, 2.06, 2.4, 3, 3.6, 4.2]);
  });
  it('0.28 s after another (beyond 0.27 s) both stay', () => {
    const out = dropImpossibleSteps(byTime([...regular(8, 0.6), event(2.08, 0.5)]), FS);
    expect(out).toHaveLength(9);
  });
  it('slow steps raise the limit: in 1-s steps a contact 0.4 s after another goes (0.45 × 1 s = 0.45 s)', () => {
    const out = dropImpossibleSteps(byTime([...regular(6, 1), event(2.4, 0.5)]), FS);
    expect(times(out)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('fast steps do not lower it below 0.25 s: in 0.4-s steps a contact 0.2 s after another goes', () => {
    // 0.45 × 0.4 = 0.18 s, under the 240-steps/min floor of 0.25 s
    const out = dropImpossibleSteps(byTime([...regular(8, 0.4), event(1.4, 0.5)]), FS);
    expect(times(out)).toEqual([0, 0.4, 0.8, 1.2, 1.6, 2, 2.4, 2.8]);
  });
  it('with fewer than three gaps there is no median step: only the 0.25-s floor applies', () => {
    // contacts at 0, 1.5 and 1.8 s: 0.3 s apart is a possible step (0.45 × the median of the two
    // gaps, 0.9 s, would say 0.405 s); 0.2 s apart is not
    expect(dropImpossibleSteps([event(0, 1), event(1.5, 1), event(1.8, 0.5)], FS)).toHaveLength(3);
    expect(dropImpossibleSteps([event(0, 1), event(1.5, 1), event(1.7, 0.5)], FS)).toHaveLength(2);
  });
  it('three gaps make a median step: of 0, 1, 2 and 2.4 s, 2.4 goes (0.45 × 1 s = 0.45 s)', () => {
    expect(times(dropImpossibleSteps([event(0, 1), event(1, 1), event(2, 1), event(2.4, 0.5)], FS))).toEqual([0, 1, 2]);
  });
  it('exactly 0.25 s apart is not closer than 0.25 s: both stay', () => {
    // fewer than three gaps: the limit is the 0.25-s floor (1.5 and 1.75 are exact in binary)
    expect(dropImpossibleSteps([event(0, 1), event(1.5, 1), event(1.75, 0.5)], FS)).toHaveLength(3);
  });
  it('lift-offs between the contacts count neither in the spacing nor in the median step', () => {
    // the 0.6-s walk with a lift-off halfway through each step: still 0.6-s steps, limit 0.27 s
    const liftoffs = Array.from({ length: 8 }, (_, k) => event(0.3 + 0.6 * k, -1, 'rear', 'liftoff'));
    const out = dropImpossibleSteps(byTime([...regular(8, 0.6), ...liftoffs, event(2.06, 0.5)]), FS);
    expect(times(out.filter((e) => e.kind === 'contact'))).toEqual([0, 0.6, 1.2, 1.8, 2.4, 3, 3.6, 4.2]);
    expect(out.filter((e) => e.kind === 'liftoff')).toHaveLength(8);
  });
  it('lift-offs are kept whatever their spacing', () => {
    const events = byTime([...regular(4, 0.6), event(0.65, -1, 'rear', 'liftoff'), event(0.7, -1, 'rear', 'liftoff')]);
    expect(dropImpossibleSteps(events, FS).filter((e) => e.kind === 'liftoff')).toHaveLength(2);
  });
  it('a closing step after the last leading-foot contact ends the walk; one before it was a pause and goes', () => {
    const walk = regular(5, 0.6); // last front contact at 2.4 s
    const end = dropImpossibleSteps(byTime([...walk, event(3.0, 0.2, 'closing')]), FS);
    expect(end.map((e) => e.source)).toEqual(['front', 'front', 'front', 'front', 'front', 'closing']);
    const pause = dropImpossibleSteps(byTime([...walk, event(1.5, 0.2, 'closing')]), FS);
    expect(times(pause)).toEqual([0, 0.6, 1.2, 1.8, 2.4]);
  });
  it('a closing step too close to the last leading-foot contact goes, however strong', () => {
    const out = dropImpossibleSteps(byTime([...regular(5, 0.6), event(2.5, 5, 'closing')]), FS);
    expect(out.every((e) => e.source === 'front')).toBe(true);
    expect(out).toHaveLength(5);
  });
  it('a walk that is only a closing step keeps it', () => {
    expect(dropImpossibleSteps([event(1, 0.2, 'closing')], FS)).toHaveLength(1);
  });
});
