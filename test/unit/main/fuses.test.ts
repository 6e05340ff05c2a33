/**
 * The packaging's fuses: the configuration, and the afterPack hook run by @electron/fuses on a file
 * laid out as Electron's fuse wire is (sentinel, version, length, one byte per fuse). No real Electron
 * binary: none can be downloaded where the tests run, so a real packaged app has never been checked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import { flipFusesAfterPack, FUSES, packagedExecutable } from '../../../packaging/fuses';
import { tempDataDir } from './support';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' constants.SENTINEL
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);
// Electron's shipped wire: RunAsNode, CookieEncryption, NodeOptions, CliInspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol.
const SHIPPED = '10110001';

/** What each fuse Retrowalk sets must be, written out apart from packaging/fuses.ts. */
const WANTED = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

let folder: ReturnType<typeof tempDataDir>;
beforeEach(() => (folder = tempDataDir()));
afterEach(() => folder.remove());

/** A file with Electron's shipped fuse wire amid other bytes, where electron-builder puts the Linux executable. */
function fakeLinuxExecutable(): { context: Parameters<typeof flipFusesAfterPack>[0]; file: string } {
  const context = {
    appOutDir: folder.dir,
    electronPlatformName: 'linux',
    packager: { executableName: 'retrowalk' },
  } as unknown as Parameters<typeof flipFusesAfterPack>[0];
  const file = packagedExecutable(context);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('\x7fELF…code…'),
      Buffer.from(SENTINEL),
      Buffer.from([1, SHIPPED.length]),
      Buffer.from(SHIPPED),
      Buffer.from('…more code'),
    ]),
  );
  return { context, file };
}

describe('Electron fuses at packaging', () => {
  it('turns off running as Node, NODE_OPTIONS, --inspect and file:// privileges; turns on cookie encryption, ASAR integrity and ASAR-only', () => {
    expect(FUSES).toMatchObject(WANTED);
  });

  it('the electron-builder config packs the app into app.asar and runs the hook after packing', () => {
    expect(config.asar).toBe(true); // OnlyLoadAppFromAsar needs it
    expect(config.afterPack).toBe(flipFusesAfterPack);
  });

  it("the hook rewrites the executable's fuse wire and nothing else", async () => {
    const { context, file } = fakeLinuxExecutable();
    const before = readFileSync(file);
    await flipFusesAfterPack(context);
    const wire = await getCurrentFuseWire(file);
    expect(wire).toMatchObject({
      ...Object.fromEntries(Object.entries(WANTED).map(([fuse, on]) => [fuse, on ? ON : OFF])),
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF, // left as shipped
    });
    const after = readFileSync(file);
    const wireAt = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.length).toBe(before.length);
    expect(after.subarray(0, wireAt)).toEqual(before.subarray(0, wireAt));
    expect(after.subarray(wireAt + SHIPPED.length)).toEqual(before.subarray(wireAt + SHIPPED.length));
  });

  it('finds the executable electron-builder made on each platform', () => {
    const packager = { appInfo: { productFilename: 'Retrowalk' }, executableName: 'retrowalk' };
    const on = (electronPlatformName: string) =>
      packagedExecutable({ appOutDir: '/out', electronPlatformName, packager } as unknown as Parameters<
        typeof packagedExecutable
      >[0]);
    expect([on('linux'), on('win32'), on('darwin')]).toEqual([
      join('/out', 'retrowalk'),
      join('/out', 'Retrowalk.exe'),
      join('/out', 'Retrowalk.app'),
    ]);
  });
});
