import { describe, expect, it } from 'vitest';
import { NO_GOALS, type Person } from '../../../src/shared/api';
import { pickActivePerson } from '../../../src/renderer/src/people/active-person';
import { parsePersonForm, personFormText } from '../../../src/renderer/src/people/person-form';
import {
  addTag,
  detailsFieldLabels,
  detailsFormText,
  parseDetailsForm,
  parseMinutes,
  type DetailsFormText,
} from '../../../src/renderer/src/sessions/details-form';
import { trashDaysLeft } from '../../../src/renderer/src/sessions/trash';

const person = (id: number, name: string): Person => ({
  id,
  name,
  heightCm: null,
  birthYear: null,
  createdAt: '2026-01-01T00:00:00Z',
  sessionCount: 0,
  goals: NO_GOALS,
  kidsMode: false,
});

describe('active person', () => {
  const family = [person(4, 'Ada'), person(7, 'Tom')];
  it('is the one settings point at, else the first, else nobody', () => {
    expect(pickActivePerson(family, 7)?.name).toBe('Tom');
    expect(pickActivePerson(family, 99)?.name).toBe('Ada');
    expect(pickActivePerson(family, null)?.name).toBe('Ada');
    expect(pickActivePerson([], 7)).toBeNull();
  });
});

describe('person form', () => {
  it('reads name, height (comma or point) and birth year', () => {
    expect(parsePersonForm({ name: '  Ada ', height: '131,5', birthYear: '2016' }, 2026)).toEqual({
      ok: true,
      value: { name: 'Ada', heightCm: 131.5, birthYear: 2016 },
    });
    expect(parsePersonForm({ name: 'Me', height: '', birthYear: '' }, 2026)).toEqual({
      ok: true,
      value: { name: 'Me', heightCm: null, birthYear: null },
    });
  });

  it('says what is wrong with each field', () => {
    const result = parsePersonForm({ name: ' ', height: '5 yards', birthYear: '2031' }, 2026);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('A name is needed.');
    expect(result.errors.height).toContain('5 yards');
    expect(result.errors.birthYear).toBe('"2031" is not a birth year between 1900 and 2026.');
  });

  it('fills the form from a person and reads it back unchanged', () => {
    const ada = { name: 'Ada', heightCm: 131.5, birthYear: 2016 };
    expect(parsePersonForm(personFormText(ada), 2026)).toEqual({ ok: true, value: ada });
  });

  it('reads a height in feet and inches in imperial, and keeps a height left as shown', () => {
    const typed = parsePersonForm({ name: 'Ada', height: `5'8"`, birthYear: '' }, 2026, { system: 'imperial' });
    expect(typed).toEqual({ ok: true, value: { name: 'Ada', heightCm: 172.7, birthYear: null } }); // 68 × 2.54
    const bare = parsePersonForm({ name: 'Ada', height: '68', birthYear: '' }, 2026, { system: 'imperial' });
    expect(bare.ok && bare.value.heightCm).toBe(172.7); // a bare number is inches in imperial
    // 172 cm shows as 5'8"; saving the name alone keeps 172, not 172.7
    const ben = { name: 'Ben', heightCm: 172, birthYear: null };
    const text = personFormText(ben, 'imperial');
    expect(text.height).toBe(`5'8"`);
    const again = parsePersonForm({ ...text, name: 'Benjamin' }, 2026, { system: 'imperial', savedHeightCm: 172 });
    expect(again).toEqual({ ok: true, value: { name: 'Benjamin', heightCm: 172, birthYear: null } });
    const grown = parsePersonForm({ ...text, height: `5'9"` }, 2026, { system: 'imperial', savedHeightCm: 172 });
    expect(grown.ok && grown.value.heightCm).toBe(175.3); // 69 × 2.54
    const wrong = parsePersonForm({ ...text, height: `9'` }, 2026, { system: 'imperial' });
    expect(!wrong.ok && wrong.errors.height).toContain(`5'8"`);
  });
});

describe('session details form', () => {
  const blank: DetailsFormText = {
    title: '',
    variant: 'flat',
    loadKg: '',
    distanceM: '',
    duration: '',
    notes: '',
    tags: [],
  };

  it('reads durations as minutes or minutes:seconds', () => {
    expect(parseMinutes('12:30')).toBe(750);
    expect(parseMinutes('12')).toBe(720);
    expect(parseMinutes('1,5')).toBe(90);
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('12:75')).toEqual({ error: expect.stringContaining('12:75') });
  });

  it('keeps a load only for the sled', () => {
    const sled = parseDetailsForm({
      ...blank,
      variant: 'sled',
      loadKg: '12,5',
      title: ' Hill ',
      distanceM: '200',
      duration: '8:05',
    });
    expect(sled).toEqual({
      ok: true,
      value: {
        title: 'Hill',
        variant: 'sled',
        loadKg: 12.5,
        distanceM: 200,
        exerciseDurationS: 485,
        notes: '',
        tags: [],
      },
    });
    const flat = parseDetailsForm({ ...blank, variant: 'flat', loadKg: '12.5' });
    expect(flat.ok && flat.value.loadKg).toBeNull();
  });

  it('refuses numbers that are not amounts, and amounts over the limits', () => {
    const bad = parseDetailsForm({ ...blank, variant: 'sled', loadKg: '600', distanceM: '-3', duration: 'soon' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.distanceM).toContain('-3');
    expect(bad.errors.duration).toContain('soon');
    // Load passes the number check but not the API's 500 kg limit.
    const heavy = parseDetailsForm({ ...blank, variant: 'sled', loadKg: '600' });
    expect(!heavy.ok && heavy.errors.loadKg).toBe('A sled load is between 0 and 500 kg.');
  });

  it("round-trips a session's details through the form", () => {
    const details = {
      title: 'With the kids',
      variant: 'uphill' as const,
      loadKg: null,
      distanceM: 150,
      exerciseDurationS: 600,
      notes: 'windy',
      tags: ['kids', 'park'],
    };
    expect(parseDetailsForm(detailsFormText(details))).toEqual({ ok: true, value: details });
  });

  it('reads a load in lb and a distance in ft in imperial, kept in kg and m', () => {
    const typed = parseDetailsForm({ ...blank, variant: 'sled', loadKg: '44.1', distanceM: '656.2' }, 'imperial');
    expect(typed.ok).toBe(true);
    if (!typed.ok) return;
    expect(typed.value.loadKg).toBeCloseTo(44.1 * 0.45359237, 9); // 20.003 kg
    expect(typed.value.distanceM).toBeCloseTo(656.2 * 0.3048, 9); // 200.01 m
    const shown = detailsFormText({ ...typed.value, title: null }, 'imperial');
    expect([shown.loadKg, shown.distanceM]).toEqual(['44.1', '656.2']);
    expect(detailsFieldLabels('imperial')).toEqual({ loadKg: 'Sled load (lb)', distanceM: 'Distance (ft)' });
    expect(detailsFieldLabels('metric')).toEqual({ loadKg: 'Sled load (kg)', distanceM: 'Distance (m)' });
  });

  it('keeps the stored kg and m of fields left as shown in imperial, and says limits in lb and ft', () => {
    const saved = {
      title: null,
      variant: 'sled' as const,
      loadKg: 20,
      distanceM: 200,
      exerciseDurationS: null,
      notes: '',
      tags: [],
    };
    const text = detailsFormText(saved, 'imperial');
    expect([text.loadKg, text.distanceM]).toEqual(['44.1', '656.2']); // 20 / 0.45359237, 200 / 0.3048
    const again = parseDetailsForm({ ...text, title: 'Hill' }, 'imperial', saved);
    expect(again.ok && again.value).toMatchObject({ title: 'Hill', loadKg: 20, distanceM: 200 });
    const heavy = parseDetailsForm({ ...text, loadKg: '1200' }, 'imperial', saved);
    expect(!heavy.ok && heavy.errors.loadKg).toBe('A sled load is between 0 and 1102.3 lb.');
    const word = parseDetailsForm({ ...text, distanceM: 'far' }, 'imperial', saved);
    expect(!word.ok && word.errors.distanceM).toBe('"far" is not a distance in feet.');
  });

  it('adds tags trimmed and once, whatever their case', () => {
    expect(addTag(['park'], ' kids, ')).toEqual(['park', 'kids']);
    expect(addTag(['park'], 'Park')).toEqual(['park']);
    expect(addTag(['park'], '   ')).toEqual(['park']);
  });
});

describe('trash', () => {
  it('counts the days left of the 30, rounded up, never below 0', () => {
    const deletedAt = '2026-03-01T10:00:00Z';
    expect(trashDaysLeft(deletedAt, new Date('2026-03-01T10:00:00Z'))).toBe(30);
    expect(trashDaysLeft(deletedAt, new Date('2026-03-02T09:00:00Z'))).toBe(30);
    expect(trashDaysLeft(deletedAt, new Date('2026-03-30T11:00:00Z'))).toBe(1);
    expect(trashDaysLeft(deletedAt, new Date('2026-04-02T00:00:00Z'))).toBe(0);
  });
});
