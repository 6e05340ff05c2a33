/** One person followed through a video's multi-person scans, forward and backward from a click. */
import { describe, expect, it } from 'vitest';
import { followThroughScans, type PeopleScan } from '../../../src/shared/tracking/follow-scans';
import { hipX, manOnBox, parkScene } from './synthetic';

/** The park scene scanned every 100 ms for 7 s; people listed in a shuffled order each scan. */
const scans: PeopleScan[] = Array.from({ length: 70 }, (_, i) => {
  const people = parkScene(i * 100).map((p) => p.keypoints);
  return { t: i * 100, people: i % 2 ? people.reverse() : people };
});
const x = (k: PeopleScan['people'][number] | null) =>
  k ? hipX({ keypoints: k, score: 1, box: { x: 0, y: 0, width: 0, height: 0 } }) : null;

describe('followThroughScans', () => {
  it('the woman clicked at 4 s is followed back to where she entered and on until she leaves; never the man', () => {
    const at = 40;
    const seed = { scan: at, person: scans[at].people.findIndex((k) => x(k)! > 300) };
    const track = followThroughScans(scans, seed);
    for (const [i, f] of track.entries()) {
      const present = parkScene(i * 100).length === 2;
      if (present) expect(Math.abs(x(f.keypoints)! - (600 - 0.11 * (i * 100 - 1500)))).toBeLessThan(5);
      else expect(f.keypoints).toBeNull();
    }
  });

  it('the man clicked at 1 s is followed through the whole video', () => {
    const seed = { scan: 10, person: scans[10].people.findIndex((k) => Math.abs(x(k)! - 230) < 20) };
    const track = followThroughScans(scans, seed);
    track.forEach((f, i) => expect(Math.abs(x(f.keypoints)! - hipX(manOnBox(i * 100))!)).toBeLessThan(1));
  });

  it('ends the track after a second unseen rather than jump to someone else', () => {
    // The man vanishes at 2 s; a woman appears at his place 1.5 s later.
    const vanishing: PeopleScan[] = scans.map((s, i) => ({
      t: s.t,
      people: i < 20 ? [manOnBox(s.t).keypoints] : i < 35 ? [] : [manOnBox(s.t).keypoints],
    }));
    const track = followThroughScans(vanishing, { scan: 5, person: 0 });
    expect(track.slice(0, 20).every((f) => f.keypoints !== null)).toBe(true);
    expect(track.slice(20).every((f) => f.keypoints === null)).toBe(true);
  });
});
