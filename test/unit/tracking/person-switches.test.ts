/** Which frames the analysis kept when the track changed person, on the park clip's real keypoints. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import type { KeypointsFile } from '../../../src/shared/pose/types';
import { personSwitches } from '../../../src/shared/tracking/person-switches';

const load = (name: string): KeypointsFile => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/keypoints', `${name}.json`), 'utf8')) as KeypointsFile;

describe('personSwitches', () => {
  for (const model of ['lightning', 'thunder']) {
    it(`${model}: the man, then the walking woman (frames 48–~203, fixture README), then the man again: 2 switches, her frames kept`, () => {
      const file = load(`sports2d-walk.${model}`);
      const found = personSwitches(file);
      expect(found.switches).toBe(analyzeSession(file).quality.person_switches);
      expect(found.switches).toBe(2);
      expect(found.kept![0]).toBeGreaterThanOrEqual(42);
      expect(found.kept![0]).toBeLessThanOrEqual(50);
      expect(found.kept![1]).toBeGreaterThanOrEqual(195);
      expect(found.kept![1]).toBeLessThanOrEqual(206);
      console.log(`${model}: kept frames ${found.kept![0]}–${found.kept![1]}`);
    });
  }
  it('one person throughout: no switch, every frame with them kept', () => {
    const file = load('pose2sim-balance.lightning');
    expect(personSwitches(file)).toEqual({ switches: 0, kept: [0, 49] });
  });
});
