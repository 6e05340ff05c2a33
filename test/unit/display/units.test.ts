/**
 * Metric and imperial display (src/shared/display/units.ts), each answer worked out by hand from
 * the exact definitions: 1 in = 2.54 cm, 1 ft = 0.3048 m, 1 lb = 0.45359237 kg.
 */
import { describe, expect, it } from 'vitest';
import {
  displayLength,
  distanceToM,
  formatDistance,
  formatHeight,
  formatLength,
  formatMass,
  heightFieldText,
  lengthToCm,
  massToKg,
  parseHeight,
} from '../../../src/shared/display/units';

describe('lengths', () => {
  it.each([
    [12.3, 'metric', '12.3 cm'],
    [12.7, 'imperial', '5.0 in'], // 12.7 / 2.54 = 5 exactly
    [10, 'imperial', '3.9 in'], // 3.937…
    [-3.05, 'imperial', '−1.2 in'], // −1.2008…
    [-0.01, 'metric', '0.0 cm'], // rounds to zero: no sign
    [null, 'imperial', '—'],
  ] as const)('%s cm in %s reads %s', (cm, system, text) => expect(formatLength(cm, system)).toBe(text));

  it('a shown inch value goes back to the cm it came from within half the shown step', () => {
    for (const cm of [0.3, 4.2, 9.99, 17.5]) {
      const back = lengthToCm(displayLength(cm, 'imperial'), 'imperial');
      expect(Math.abs(back - cm)).toBeLessThanOrEqual(0.05 * 2.54 + 1e-9);
    }
  });
});

describe('heights', () => {
  it.each([
    [`5'8"`, 'imperial', 172.7], // 68 in = 172.72 cm
    [`5′ 8″`, 'metric', 172.7], // an explicit unit wins over the app's system
    ['5 ft 8 in', 'imperial', 172.7],
    [`6'`, 'imperial', 182.9], // 72 in = 182.88
    ['68 in', 'metric', 172.7],
    ['68', 'imperial', 172.7], // bare: inches in imperial
    ['172,5', 'metric', 172.5], // bare: cm in metric, comma decimals
    ['1.72 m', 'imperial', 172],
    ['172 cm', 'imperial', 172],
    [`4'3.5"`, 'imperial', 130.8], // 51.5 in = 130.81
  ] as const)('%s (%s) is %s cm', (text, system, cm) => expect(parseHeight(text, system)).toEqual({ heightCm: cm }));

  it('empty is "not set"; out of range or unreadable says what a height looks like in the app\'s units', () => {
    expect(parseHeight('  ', 'imperial')).toEqual({ heightCm: null });
    for (const bad of [`9'`, '5.5', 'tall', `5'8"3`]) {
      const r = parseHeight(bad, 'imperial');
      expect(r).toHaveProperty('error');
      expect((r as { error: string }).error).toContain(`5'8"`);
    }
    expect(parseHeight('40', 'metric')).toEqual({ error: '"40" is not a height in centimetres between 50 and 250.' });
  });

  it('written as feet and the nearest inch, and pre-filled so that reading it back gives the same', () => {
    expect(formatHeight(172.72, 'imperial')).toBe('5′ 8″');
    expect(formatHeight(182.0, 'imperial')).toBe('6′ 0″'); // 71.65 in → 72
    expect(formatHeight(168, 'metric')).toBe('168 cm');
    expect(heightFieldText(131.5, 'imperial')).toBe(`4'4"`); // 51.77 in → 52
    expect(parseHeight(heightFieldText(172.72, 'imperial'), 'imperial')).toEqual({ heightCm: 172.7 });
    expect(heightFieldText(null, 'imperial')).toBe('');
  });
});

describe('loads and distances', () => {
  it('a sled load in lb and back', () => {
    expect(formatMass(20, 'imperial')).toBe('44.1 lb'); // 44.092…
    expect(formatMass(20, 'metric')).toBe('20 kg');
    expect(massToKg(100, 'imperial')).toBeCloseTo(45.359237, 9);
  });
  it('a walked distance in ft and back', () => {
    expect(formatDistance(10, 'imperial')).toBe('32.8 ft'); // 32.808…
    expect(formatDistance(12.5, 'metric')).toBe('12.5 m');
    expect(distanceToM(100, 'imperial')).toBeCloseTo(30.48, 9);
    expect(formatDistance(null, 'metric')).toBe('—');
  });
});
