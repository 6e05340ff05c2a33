/**
 * The progress lead: the latest walk of the records' direction, its stored knee past the toes, and
 * the change since the walk of the same direction and variant before it (worked out by hand).
 */
import { describe, expect, it } from 'vitest';
import { progressLead } from '../../../src/renderer/src/progress/lead-data';
import type { ProgressPoint } from '../../../src/shared/progress';
import { day, point } from '../progress/fixtures';

const knee = (cmL: number | null, cmR: number | null, degL: number | null = 20, degR: number | null = 21) => ({
  peakKneePastToeCm: { left: cmL, right: cmR },
  peakKneePastToeDeg: { left: degL, right: degR },
});

const flat1 = point(day(0), knee(10.2, 9.8));
const sled = point(day(2), knee(14, 14), 'sled');
const forward = point(day(3), knee(20, 20), 'flat', 'forward');
const flat2 = point(day(5), knee(11.4, 9.5, 23, 19.5));
const points: ProgressPoint[] = [flat1, sled, forward, flat2];

describe('the progress lead', () => {
  it('leads with the latest backward walk, its change since the previous flat backward walk (not the sled or forward one)', () => {
    const lead = progressLead({ points, recordsDirection: 'backward' }, 'cm', 168)!;
    expect(lead.values).toEqual({ left: 11.4, right: 9.5 });
    expect(lead.change).toEqual({ left: 1.2, right: -0.3 });
    expect(lead.unit).toBe('cm');
    expect(lead.of).toMatch(/^the latest backward walk \(.*, flat ground\)$/);
    expect(lead.since).toMatch(/flat ground$/);
  });

  it('in degrees without a height', () => {
    const lead = progressLead({ points, recordsDirection: 'backward' }, 'deg', null)!;
    expect(lead.values).toEqual({ left: 23, right: 19.5 });
    expect(lead.change).toEqual({ left: 3, right: -1.5 });
  });

  it('the first walk of its kind has no change; the forward view leads with the forward walk', () => {
    const first = progressLead({ points: [flat1, sled], recordsDirection: 'backward' }, 'cm', 168)!;
    expect(first.values).toEqual({ left: 14, right: 14 }); // the sled walk, the latest
    expect([first.change, first.since]).toEqual([null, null]);
    const fwd = progressLead({ points, recordsDirection: 'forward' }, 'cm', 168)!;
    expect(fwd.values).toEqual({ left: 20, right: 20 });
    expect(fwd.change).toBeNull();
  });

  it('none without a walk of the records’ direction', () => {
    expect(progressLead({ points: [forward], recordsDirection: 'backward' }, 'cm', 168)).toBeNull();
  });
});
