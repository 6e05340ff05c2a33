import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { sessionMetrics } from '../../../src/shared/progress';
import { NEW_SESSION } from '../main/support';
import { openServices, recordSession, storedMetrics, walkAnalysedFromStored } from './support';

describe('people', () => {
  it('creates, lists, updates and deletes people; names are unique whatever their case', async () => {
    const h = openServices().handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: 1988 });
    const ben = await h['people.create']({ name: 'Ben', heightCm: null, birthYear: 2016 });
    expect(anna).toEqual({
      id: expect.any(Number),
      name: 'Anna',
      heightCm: 168,
      birthYear: 1988,
      createdAt: expect.any(String),
      sessionCount: 0,
      goals: { kneePastToe: null, backwardMinPerWeek: null },
      kidsMode: false,
    });
    expect((await h['people.list']({})).map((p) => p.name)).toEqual(['Anna', 'Ben']);
    expect(() => h['people.create']({ name: 'anna', heightCm: null, birthYear: null })).toThrow(
      /already a person called Anna/,
    );
    await expect(h['people.update']({ id: ben.id, name: 'ANNA', heightApplies: 'all' })).rejects.toThrow(
      /already a person called Anna/,
    );
    expect(await h['people.update']({ id: ben.id, heightCm: 121, heightApplies: 'all' })).toMatchObject({
      name: 'Ben',
      heightCm: 121,
      birthYear: 2016,
    });
    expect(
      await h['people.update']({ id: anna.id, name: 'Anna K', birthYear: null, heightApplies: 'all' }),
    ).toMatchObject({ name: 'Anna K', heightCm: 168, birthYear: null });
    expect(await h['people.delete']({ id: ben.id })).toEqual({ deleted: true });
    expect(await h['people.delete']({ id: ben.id })).toEqual({ deleted: false });
    await expect(h['people.update']({ id: ben.id, name: 'Ghost', heightApplies: 'all' })).rejects.toThrow(
      /No person with id/,
    );
  });

  it('bad input gets a clear message through the dispatcher', async () => {
    const dispatch = createDispatch(openServices().handlers);
    const outcome = await dispatch('people.create', { name: '   ', heightCm: 20 });
    expect(outcome).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { code: 'invalid_payload', message: expect.stringMatching(/A name is needed[\s\S]*heightCm/) } },
    });
  });

  it('refuses to delete someone who has sessions, the trash included, saying how many', async () => {
    const services = openServices();
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
    const a = await h['sessions.create']({ ...NEW_SESSION, personId: anna.id });
    const b = await h['sessions.create']({ ...NEW_SESSION, personId: anna.id });
    await h['sessions.finish']({ id: a.id, durationMs: 0 });
    await h['sessions.finish']({ id: b.id, durationMs: 0 });
    await h['sessions.delete']({ id: b.id });
    const dispatch = createDispatch(h);
    expect(await dispatch('people.delete', { id: anna.id })).toEqual({
      ok: false,
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message:
            'Anna has 2 sessions (1 of them in the trash): move them to another person or delete them for good first.',
        },
      },
    });
    expect(services.people.get(anna.id)).toMatchObject({ sessionCount: 1 });
  });

  it('the first recording on an empty database makes "Me", who becomes active', async () => {
    const services = openServices();
    const h = services.handlers;
    expect(await h['settings.get']({})).toMatchObject({ personId: null });
    expect(await h['sessions.list']({ trash: false })).toEqual([]);
    const { id } = await h['sessions.create'](NEW_SESSION);
    const [me] = await h['people.list']({});
    expect(me).toMatchObject({ name: 'Me', heightCm: null });
    expect(await h['settings.get']({})).toMatchObject({ personId: me.id });
    expect(services.sessions.get(id)).toMatchObject({ personId: me.id });
  });

  it('the active person falls back to the first one when unset or deleted; choosing someone unknown is refused', async () => {
    const h = openServices().handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: null, birthYear: null });
    const ben = await h['people.create']({ name: 'Ben', heightCm: null, birthYear: null });
    expect(await h['settings.get']({})).toMatchObject({ personId: anna.id });
    expect(await h['settings.update']({ personId: ben.id })).toMatchObject({ personId: ben.id });
    await h['people.delete']({ id: ben.id });
    expect(await h['settings.get']({})).toMatchObject({ personId: anna.id });
    expect(() => h['settings.update']({ personId: 999 })).toThrow(/No person with id 999/);
  });

  it('each person sees only their own sessions; sessions.create without personId goes to the active person', async () => {
    const services = openServices();
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
    const ben = await h['people.create']({ name: 'Ben', heightCm: 121, birthYear: 2016 });
    const annas = [
      await h['sessions.create']({ ...NEW_SESSION, personId: anna.id }),
      await h['sessions.create'](NEW_SESSION),
    ];
    await h['settings.update']({ personId: ben.id });
    const bens = [await h['sessions.create'](NEW_SESSION)];
    const ids = (list: { id: number }[]) => list.map((s) => s.id).sort();
    expect(ids(await h['sessions.list']({ personId: anna.id, trash: false }))).toEqual(ids(annas));
    expect(ids(await h['sessions.list']({ personId: ben.id, trash: false }))).toEqual(ids(bens));
    expect(ids(await h['sessions.list']({ trash: false }))).toEqual(ids(bens)); // the active person's
    expect(() => h['sessions.create']({ ...NEW_SESSION, personId: 999 })).toThrow(/No person with id 999/);
    expect(() => h['sessions.list']({ personId: 999, trash: false })).toThrow(/No person with id 999/);
  });

  it('a new height recomputes the lengths of every session of theirs', async () => {
    const services = openServices();
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: null, birthYear: null });
    const { id } = await recordSession(services, { personId: anna.id, startedAt: '2026-03-01T10:00:00.000Z', seed: 1 });
    const metrics = () => storedMetrics(services, id);
    expect(metrics().peakKneePastToeCm).toEqual({ left: null, right: null });
    await h['people.update']({ id: anna.id, heightCm: 168, heightApplies: 'all' });
    expect(metrics()).toEqual(sessionMetrics(walkAnalysedFromStored(1, undefined, 168), 168));
    expect(metrics().peakKneePastToeCm.left).toEqual(expect.any(Number));
  });
});
