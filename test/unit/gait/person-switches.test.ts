/** Which frames the analysis kept when the track changed person, on the park clip's real keypoints. */
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import type { KeypointsFile } from '../../../src/shared/pose/types';
import { switchNotice } from '../../../src/renderer/src/walker/switch-notice';
import { loadFixture } from '../../support/requirements';

const load = (name: string): KeypointsFile => loadFixture(`${name}.json`);

describe('changes of person in the track', () => {
  for (const model of ['lightning', 'thunder']) {
    it(`${model}: the man, then the walking woman (frames 48–~203, fixture README), then the man again: 2 switches, her frames kept`, () => {
      const { quality } = analyzeSession(load(`sports2d-walk.${model}`));
      expect(quality.person_switches).toBe(2);
      const [first, last] = quality.person_frames!;
      expect(first).toBeGreaterThanOrEqual(42);
      expect(first).toBeLessThanOrEqual(50);
      expect(last).toBeGreaterThanOrEqual(195);
      expect(last).toBeLessThanOrEqual(206);
      expect(switchNotice(quality)).toBe(
        `The tracked person changed 2 times; only the person tracked longest (frames ${first + 1}–${last + 1}) was analysed — choose the walker to pick another.`,
      );
    });
  }
  it('one person throughout: no switch, every frame with them kept, nothing said', () => {
    const { quality } = analyzeSession(load('pose2sim-balance.lightning'));
    expect(quality.person_switches).toBe(0);
    expect(quality.person_frames).toEqual([0, 49]);
    expect(switchNotice(quality)).toBeNull();
  });
});
