/**
 * IPC accepts a filesystem path only for a file the user picked (the preload reports it on
 * PICKED_PATH_CHANNEL), and only from the app's own page. The handlers ipc.ts registers with
 * ipcMain are called directly, with events shaped as Electron's, so no Electron binary is needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ApiDispatch } from '../../../src/main/api/dispatch';
import { createInvokeHandler, createPickedPathHandler, type IpcDeps } from '../../../src/main/electron/ipcHandler';
import { PATH_CHANNELS, PickedPaths } from '../../../src/main/electron/pickedPaths';
import { apiRequests, type ApiChannel } from '../../../src/shared/api';
import { tempDataDir } from './support';

const OWN = 'app://retrowalk/index.html';
const FOREIGN = 'https://evil.example/';

function invokeEvent(url: string): IpcMainInvokeEvent {
  return { senderFrame: { url }, sender: {} as WebContents } as unknown as IpcMainInvokeEvent;
}
function pickEvent(url: string): IpcMainEvent & { returnValue: unknown } {
  return { senderFrame: { url }, returnValue: undefined } as unknown as IpcMainEvent & { returnValue: unknown };
}

let folder: ReturnType<typeof tempDataDir>;
let picked: string;
let reached: Array<{ channel: string; payload: unknown }>;
let deps: IpcDeps;

beforeEach(() => {
  folder = tempDataDir();
  picked = join(folder.dir, 'from-the-other-laptop.sqlite');
  writeFileSync(picked, 'a backup');
  writeFileSync(join(folder.dir, 'secret.txt'), 'not for the app');
  reached = [];
  const dispatch: ApiDispatch = (channel, payload) => {
    reached.push({ channel, payload });
    return Promise.resolve({ ok: true, value: 'served' });
  };
  deps = {
    dispatch,
    isOwnOrigin: (url) => url.startsWith('app://retrowalk/'),
    pickedPaths: new PickedPaths(),
    savePdf: () => Promise.resolve({ saved: false, path: null }),
  };
});
afterEach(() => folder.remove());

const pathPayloads = (path: unknown): Array<[ApiChannel, unknown]> => [
  ['backup.restore', { from: 'path', path }],
  ['backup.merge', { from: 'path', path }],
  ['import.start', { from: 'path', path, keep: 'reference', model: 'lightning' }],
];

describe('filesystem paths over IPC', () => {
  it('refuses, before any service sees it, a path the user never picked', async () => {
    const invoke = createInvokeHandler(deps);
    for (const [channel, payload] of pathPayloads(join(folder.dir, 'secret.txt'))) {
      const answer = await invoke(channel, invokeEvent(OWN), payload);
      expect(answer).toMatchObject({
        error: { code: 'invalid_payload', message: expect.stringMatching(/not a file picked/) },
      });
    }
    expect(reached).toEqual([]);
  });

  it('passes on a path once the preload reported the user picked it', async () => {
    const pick = pickEvent(OWN);
    createPickedPathHandler(deps)(pick, picked);
    expect(pick.returnValue).toBe(true);
    const invoke = createInvokeHandler(deps);
    for (const [channel, payload] of pathPayloads(picked))
      expect(await invoke(channel, invokeEvent(OWN), payload)).toBe('served');
    expect(reached.map((r) => r.channel)).toEqual(['backup.restore', 'backup.merge', 'import.start']);
  });

  it('compares paths resolved: the same file by another spelling passes, a walk out of it does not', async () => {
    createPickedPathHandler(deps)(pickEvent(OWN), picked);
    const invoke = createInvokeHandler(deps);
    const sameFile = join(folder.dir, 'sub', '..', 'from-the-other-laptop.sqlite');
    expect(await invoke('backup.merge', invokeEvent(OWN), { from: 'path', path: sameFile })).toBe('served');
    const escape = `${picked}/../secret.txt`;
    expect(await invoke('backup.merge', invokeEvent(OWN), { from: 'path', path: escape })).toMatchObject({
      error: { code: 'invalid_payload' },
    });
    expect(reached).toHaveLength(1);
  });

  it('ignores a picked-path report from a frame that is not the app, and one that is not a path', async () => {
    const foreign = pickEvent(FOREIGN);
    createPickedPathHandler(deps)(foreign, picked);
    const notAPath = pickEvent(OWN);
    createPickedPathHandler(deps)(notAPath, { path: picked });
    expect([foreign.returnValue, notAPath.returnValue]).toEqual([false, false]);
    const answer = await createInvokeHandler(deps)('backup.restore', invokeEvent(OWN), { from: 'path', path: picked });
    expect(answer).toMatchObject({ error: { code: 'invalid_payload' } });
    expect(reached).toEqual([]);
  });

  it('refuses a `from: "path"` payload whose path is not a string', async () => {
    createPickedPathHandler(deps)(pickEvent(OWN), picked);
    for (const [channel, payload] of pathPayloads([picked])) {
      expect(await createInvokeHandler(deps)(channel, invokeEvent(OWN), payload)).toMatchObject({
        error: { code: 'invalid_payload' },
      });
    }
    expect(reached).toEqual([]);
  });

  it('refuses every call from a foreign frame, picked path or not', async () => {
    createPickedPathHandler(deps)(pickEvent(OWN), picked);
    const invoke = createInvokeHandler(deps);
    expect(await invoke('app.info', invokeEvent(FOREIGN), {})).toMatchObject({
      error: { message: expect.stringMatching(/refused/) },
    });
    expect(await invoke('backup.merge', invokeEvent(FOREIGN), { from: 'path', path: picked })).toMatchObject({
      error: { code: 'invalid_payload' },
    });
    expect(reached).toEqual([]);
  });

  it('leaves uploads and other channels to validation and the services', async () => {
    const invoke = createInvokeHandler(deps);
    expect(await invoke('backup.restore', invokeEvent(OWN), { from: 'upload', uploadId: 'u1' })).toBe('served');
    expect(await invoke('app.info', invokeEvent(OWN), {})).toBe('served');
    expect(reached.map((r) => r.channel)).toEqual(['backup.restore', 'app.info']);
  });

  it('checks every channel whose request can name a file', () => {
    const namesPath = (schema: unknown): boolean =>
      typeof schema === 'object' &&
      schema !== null &&
      Object.entries(schema).some(
        ([key, value]) =>
          (key === 'properties' && typeof value === 'object' && value !== null && 'path' in value) || namesPath(value),
      );
    const withPath = (Object.keys(apiRequests) as ApiChannel[]).filter((c) =>
      namesPath(z.toJSONSchema(apiRequests[c], { unrepresentable: 'any' })),
    );
    expect(withPath.sort()).toEqual([...PATH_CHANNELS].sort());
  });
});
