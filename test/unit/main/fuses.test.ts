/**
 * The packaging's fuses: the configuration, and the afterPack hook run by @electron/fuses on a file
 * laid out as Electron's fuse wire is (sentinel, version, length, one byte per fuse). No real Electron
 * binary: none can be downloaded where the tests run, so a real packaged app has never been checked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import { flipFusesAfterPack, FUSES, packagedExecutable } from '../../../packaging/fuses';
import { tempDataDir } from './support';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' constants.SENTINEL
// Electron's shipped wire: RunAsNode, CookieEncryption, NodeOptions, CliInspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol.
const SHIPPED = '10110001';

/**
 * What Retrowalk's fuses must be, written out apart from packaging/fuses.ts, in the wire's order
 * ('-': left as shipped): RunAsNode off, CookieEncryption on, NodeOptions off, CliInspect off,
 * AsarIntegrity on, OnlyAsar on, V8Snapshot as shipped, FileProtocol off.
 */
const WANTED = '010011-0';

/** A fuse configuration as a wire string, in FuseV1Options order ('-' for a fuse it leaves alone). */
function asWire(fuses: Partial<Record<FuseV1Options, boolean>>): string {
  return Array.from({ length: SHIPPED.length }, (_, fuse) => {
    const on = fuses[fuse as FuseV1Options];
    return on === undefined ? '-' : on ? '1' : '0';
  }).join('');
}

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
    expect(asWire(FUSES)).toBe(WANTED);
  });

  it('the electron-builder config packs the app into app.asar and runs the hook after packing', () => {
    expect(config.asar).toBe(true); // OnlyLoadAppFromAsar needs it
    expect(config.afterPack).toBe(flipFusesAfterPack);
  });

  it("the hook rewrites the executable's fuse wire and nothing else", async () => {
    const { context, file } = fakeLinuxExecutable();
    const before = readFileSync(file);
    await flipFusesAfterPack(context);
    const after = readFileSync(file);
    const wireAt = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    // the wanted fuses flipped, the one Retrowalk leaves alone as shipped
    const shippedWhereLeft = [...WANTED].map((c, i) => (c === '-' ? SHIPPED[i] : c)).join('');
    expect(after.subarray(wireAt, wireAt + SHIPPED.length).toString()).toBe(shippedWhereLeft);
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
