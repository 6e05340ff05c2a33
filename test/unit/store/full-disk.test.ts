/**
 * A real full disk (a small tmpfs): a session can still be deleted, which frees its video's space,
 * and a backup that does not fit leaves nothing that looks like a backup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { createServices, type Services } from '../../../src/main/services';
import { mountSmallDisk, type SmallDisk } from '../main/small-disk';
import { recording } from './crafted-backup';
import { openServices } from './support';

let disk: SmallDisk | null = null;
let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
  const mounted = disk;
  disk = null;
  mounted?.unmount();
});

/** Services on a data folder on a small disk of `megabytes`, closed and unmounted after the test. */
function onSmallDisk(megabytes: number): { disk: SmallDisk; services: Services } {
  disk = mountSmallDisk(megabytes);
  services = createServices({ dataDir: join(disk.dir, 'data'), mode: 'browser' });
  return { disk, services };
}

/** Every file in `backupsDir` is a backup, whole, in one file: no half copy, no -wal or -shm, nothing else. */
function expectOnlyWholeBackups(backupsDir: string, when: string): void {
  for (const name of readdirSync(backupsDir)) {
    expect(name, when).toMatch(/^retrowalk-backup-[\dT-]+Z\.sqlite$/);
    const header = readFileSync(join(backupsDir, name)).subarray(0, 20);
    expect([header[18], header[19]], `${name}: rollback journal mode, not WAL (${when})`).toEqual([1, 1]);
    const db = new Database(join(backupsDir, name), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true }), `${name} (${when})`).toBe('ok');
    } finally {
      db.close();
    }
  }
}

describe('a full disk', () => {
  it('a session can be deleted for good at once (moving it to the trash needs space): its video is freed', async () => {
    const { disk, services } = onSmallDisk(8);
    const dispatch = createDispatch(services.handlers, () => {});
    const big = await recording(services, 2_000_000);
    const kept = await recording(services, 300_000);
    const bigVideo = services.sessions.get(big)!.videoPath!;
    disk.fill();

    const trash = await dispatch('sessions.delete', { id: big });
    expect(trash).toMatchObject({
      ok: false,
      status: 507,
      body: {
        error: {
          code: 'disk_full',
          message: expect.stringMatching(/cannot be moved to the trash .* Delete it for good instead/),
        },
      },
    });
    expect(services.sessions.get(big)?.deletedAt).toBeNull();

    expect(await dispatch('sessions.purge', { id: big })).toEqual({ ok: true, value: { deleted: true } });
    expect(services.sessions.get(big)).toBeNull();
    expect(existsSync(bigVideo)).toBe(false);
    expect(services.db.prepare('SELECT COUNT(*) FROM frame_batches WHERE session_id = ?').pluck().get(big)).toBe(0);
    // The space it freed lets the rest work again: the other session goes to the trash.
    expect(await dispatch('sessions.delete', { id: kept })).toEqual({ ok: true, value: { deleted: true } });
    expect(services.sessions.get(kept)?.videoBytes).toBe(300_000);
  });

  it('with room on the disk, a session still goes through the trash before it is deleted for good', async () => {
    const services = openServices();
    const id = await recording(services, 1000);
    expect(() => services.handlers['sessions.purge']({ id })).toThrow(/not in the trash/);
  });

  it('a backup that does not fit leaves nothing under a backup name, whatever the space left', async () => {
    const { disk, services } = onSmallDisk(8);
    await recording(services, 1000);
    const backupsDir = join(disk.dir, 'data', 'backups');
    const whole = await services.handlers['backup.create']({});
    const size = whole.bytes;
    const dispatch = createDispatch(services.handlers, () => {});
    // From no room to a little more than the copy: the copy, its -wal or its -shm run out of space at some point.
    let failures = 0;
    for (let free = 0; free <= size + 64 * 1024; free += 16 * 1024) {
      disk.leaveFree(free);
      const outcome = await dispatch('backup.create', {});
      if (!outcome.ok) {
        failures++;
        expect(outcome, `${free} bytes free`).toMatchObject({ status: 507, body: { error: { code: 'disk_full' } } });
      }
      expectOnlyWholeBackups(backupsDir, `${free} bytes free`);
    }
    expect(failures).toBeGreaterThan(0);
  });
});
