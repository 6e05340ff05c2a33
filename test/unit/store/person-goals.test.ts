import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { NO_GOALS } from '../../../src/shared/api';
import { dataFolder, openServices, recordSession } from './support';

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

describe('goals and kids mode in a merged backup', () => {
  it('come with a person the merge creates; someone already here keeps their own', async () => {
    const otherDir = dataFolder();
    const other = openServices(otherDir);
    const goals = { kneePastToe: { value: 20, unit: 'deg' as const }, backwardMinPerWeek: 45 };
    const kid = await other.handlers['people.create']({
      name: 'Kid',
      heightCm: null,
      birthYear: null,
      goals,
      kidsMode: true,
    });
    const anna = await other.handlers['people.create']({ name: 'Anna', heightCm: null, birthYear: null, goals });
    await recordSession(other, { personId: kid.id, startedAt: '2026-03-01T10:00:00.000Z', seed: 3 });
    await recordSession(other, { personId: anna.id, startedAt: '2026-03-02T10:00:00.000Z', seed: 4 });
    const backupFile = join(otherDir, 'backups', (await other.handlers['backup.create']({})).fileName);

    const services = openServices(dataFolder(), { mode: 'electron' });
    await services.handlers['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
    await services.handlers['backup.merge']({ from: 'path', path: backupFile });
    expect(services.people.byName('Kid')).toMatchObject({ goals, kidsMode: true });
    expect(services.people.byName('Anna')).toMatchObject({ goals: NO_GOALS, kidsMode: false });
  });
});
