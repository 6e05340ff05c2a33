import { describe, expect, it } from 'vitest';
import { WarningHold } from '../../../src/renderer/src/live/warning-hold';

describe('WarningHold: steady guidance from per-frame warnings', () => {
  it('does not show "nobody" for a frame or two without a person', () => {
    const hold = new WarningHold();
    expect(hold.update(0, [])).toEqual([]);
    expect(hold.update(33, ['no_person'])).toEqual([]);
    expect(hold.update(66, ['no_person'])).toEqual([]);
    expect(hold.update(100, [])).toEqual([]);
  });

  it('shows "nobody" once it has lasted 400 ms, and keeps it 1.5 s after the last sighting', () => {
    const hold = new WarningHold();
    for (let t = 0; t < 400; t += 33) hold.update(t, ['no_person']);
    expect(hold.update(420, ['no_person'])).toEqual(['no_person']);
    expect(hold.update(1500, [])).toEqual(['no_person']);
    expect(hold.update(1921, [])).toEqual([]);
  });

  it('keeps showing a warning seen on every other frame instead of flickering', () => {
    const hold = new WarningHold();
    const shown: boolean[] = [];
    for (let i = 0; i < 60; i++)
      shown.push(hold.update(i * 33, i % 2 ? ['several_people'] : []).includes('several_people'));
    expect(shown.slice(1).every(Boolean)).toBe(true);
  });
});
