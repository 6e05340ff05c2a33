import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { dataFolder, openServices } from './support';

describe('goals and kids mode per person', () => {
  it('are kept with the person across a restart, and untouched by an edit that leaves them out', async () => {
    const dir = dataFolder();
    const first = openServices(dir);
    const kid = await first.handlers['people.create']({ name: 'Kid', heightCm: 130, birthYear: 2017, kidsMode: true });
    expect(kid).toMatchObject({ kidsMode: true, goals: { kneePastToe: null, backwardMinPerWeek: null } });
    const goals = { kneePastToe: { value: 4.5, unit: 'cm' as const }, backwardMinPerWeek: 30 };
    await first.handlers['people.update']({ id: kid.id, goals, heightApplies: 'all' });
    await first.handlers['people.update']({ id: kid.id, name: 'Kiddo', heightApplies: 'all' });
    first.close();

    const second = openServices(dir);
    const [again] = await second.handlers['people.list']({});
    expect(again).toMatchObject({ name: 'Kiddo', kidsMode: true, goals });
    const cleared = await second.handlers['people.update']({
      id: kid.id,
      goals: { kneePastToe: null, backwardMinPerWeek: null },
      kidsMode: false,
      heightApplies: 'all',
    });
    expect(cleared).toMatchObject({ kidsMode: false, goals: { kneePastToe: null, backwardMinPerWeek: null } });
  });

  it('a target out of range is refused with a clear message, per unit', async () => {
    const services = openServices();
    const dispatch = createDispatch(services.handlers);
    const kid = await services.handlers['people.create']({ name: 'Kid', heightCm: null, birthYear: null });
    const tooFar = await dispatch('people.update', {
      id: kid.id,
      goals: { kneePastToe: { value: 55, unit: 'cm' }, backwardMinPerWeek: null },
    });
    expect(tooFar).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { message: expect.stringMatching(/0 to 50 cm/) } },
    });
    // 55 is a fine angle
    const angle = await dispatch('people.update', {
      id: kid.id,
      goals: { kneePastToe: { value: 55, unit: 'deg' }, backwardMinPerWeek: 0 },
    });
    expect(angle).toMatchObject({
      ok: false,
      body: { error: { message: expect.stringMatching(/at least 1 minute/) } },
    });
    expect(angle).not.toMatchObject({ body: { error: { message: expect.stringMatching(/knee-past-toes/) } } });
  });
});
