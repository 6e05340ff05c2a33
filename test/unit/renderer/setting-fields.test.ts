import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coachingSettingsSchema, settingsSchema } from '../../../src/shared/api';
import { rangeOf } from '../../../src/renderer/src/settings/setting-fields';

describe('a number setting takes its range from its schema', () => {
  it.each([
    ['countdownSeconds', settingsSchema.shape.countdownSeconds],
    ['stopAfterStillS', settingsSchema.shape.stopAfterStillS],
    ['stepCountEvery', coachingSettingsSchema.shape.stepCountEvery],
    ['kneePastToeTargetCm', coachingSettingsSchema.shape.kneePastToeTargetCm],
  ])('%s: both ends are saved, a step beyond either is refused', (_, schema) => {
    const [min, max] = rangeOf(schema);
    expect(min).toBeLessThan(max);
    expect(schema.safeParse(min).success).toBe(true);
    expect(schema.safeParse(max).success).toBe(true);
    expect(schema.safeParse(min - 1).success).toBe(false);
    expect(schema.safeParse(max + 1).success).toBe(false);
  });

  it('refuses a schema without both ends', () => {
    expect(() => rangeOf(z.number().min(0))).toThrow('needs a minimum and a maximum');
  });
});
