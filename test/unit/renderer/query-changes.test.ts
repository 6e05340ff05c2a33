/** What each change through the main process makes stale in the app's cache, on a real QueryClient. */
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../src/shared/api';
import {
  everythingChanged,
  peopleChanged,
  sessionReanalysed,
  sessionSaved,
  sessionsChanged,
  settingsSaved,
} from '../../../src/renderer/src/data/changes';
import { queryKeys } from '../../../src/renderer/src/data/query-keys';
import { DEFAULT_SETTINGS } from '../../../src/shared/api';

/** One cached read of each kind: two people's lists and trash, two sessions with their keypoints, progress, people, settings, info. */
const CACHED: Record<string, QueryKey> = {
  adaList: queryKeys.sessionList(1, false),
  adaTrash: queryKeys.sessionList(1, true),
  tomList: queryKeys.sessionList(2, false),
  session5: queryKeys.session(5),
  session6: queryKeys.session(6),
  frames5: queryKeys.framesOf(5, 'lightning'),
  frames5Thunder: queryKeys.framesOf(5, 'thunder'),
  frames6: queryKeys.framesOf(6, null),
  framePeople5: queryKeys.framePeople(5, 1000),
  progress: queryKeys.progressOf(1, null, 'backward'),
  people: queryKeys.people,
  settings: queryKeys.settings,
  appInfo: queryKeys.appInfo,
};

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient();
  for (const key of Object.values(CACHED)) client.setQueryData(key, { read: 'before' });
});

/** The cached reads a change left stale, by name. */
const stale = () =>
  Object.entries(CACHED)
    .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();

describe('the cache after a change', () => {
  it('a session added, edited, moved, trashed or deleted: every list and session, progress, people and settings', async () => {
    await sessionsChanged(client);
    expect(stale()).toEqual(
      ['adaList', 'adaTrash', 'tomList', 'session5', 'session6', 'progress', 'people', 'settings'].sort(),
    );
  });

  it('a person added or edited: the same (a corrected height analyses their sessions again)', async () => {
    await peopleChanged(client);
    expect(stale()).toEqual(
      ['adaList', 'adaTrash', 'tomList', 'session5', 'session6', 'progress', 'people', 'settings'].sort(),
    );
  });

  it("a session analysed again: that session's keypoints of every result too, not another session's", async () => {
    await sessionReanalysed(client, 5);
    expect(stale()).toEqual(
      [
        'adaList',
        'adaTrash',
        'tomList',
        'session5',
        'session6',
        'frames5',
        'frames5Thunder',
        'progress',
        'people',
        'settings',
      ].sort(),
    );
  });

  it('a session saved: shown as saved at once, the lists read again', async () => {
    const saved = { id: 5, title: 'Park' } as SessionSummary;
    await sessionSaved(client, saved);
    expect(client.getQueryData(queryKeys.session(5))).toEqual(saved);
    expect(stale()).toContain('adaList');
  });

  it('settings saved: their answer is the cached settings, nothing goes stale', () => {
    const saved = { ...DEFAULT_SETTINGS, personId: 2 };
    settingsSaved(client, saved);
    expect(client.getQueryData(queryKeys.settings)).toEqual(saved);
    expect(stale()).toEqual([]);
  });

  it('a backup restored or merged: everything', async () => {
    await everythingChanged(client);
    expect(stale()).toEqual(Object.keys(CACHED).sort());
  });
});
