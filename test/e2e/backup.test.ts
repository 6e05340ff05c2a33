/**
 * Backup, end to end in browser mode: back up (downloaded through the Settings screen),
 * delete every session for good, restore the downloaded file through the UI and find every session
 * again with its details; a damaged copy of the backup is refused with a message and changes nothing;
 * adding the same backup's sessions again skips them all.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person, SessionListItem } from '../../src/shared/api';
import { useApp } from './support/app-fixture';
import { callApi, seedSession } from './support/seed';
import { useTempDir } from './support/temp-dir';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const temp = useTempDir('backup');

/** What a session is to its owner: everything but the database's bookkeeping. */
function essence(s: SessionListItem) {
  return {
    id: s.id,
    personId: s.personId,
    startedAt: s.startedAt,
    frameCount: s.frameCount,
    durationMs: s.durationMs,
    direction: s.direction,
    title: s.title,
    variant: s.variant,
    loadKg: s.loadKg,
    distanceM: s.distanceM,
    exerciseDurationS: s.exerciseDurationS,
    notes: s.notes,
    tags: s.tags,
  };
}

/** Overwrites 8 KiB in the middle of the file (page-aligned, so page headers and pointers are hit). */
function damage(file: string): void {
  const size = statSync(file).size;
  const offset = Math.floor(size / 2 / 4096) * 4096;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, offset);
  closeSync(fd);
}

describe('backup and restore', () => {
  const app = useApp();
  let page: Page;
  let people: Person[];
  let before: ReturnType<typeof essence>[];
  let backupFile: string;

  beforeAll(async () => {
    page = app.page();
    const ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: 168 });
    const tom = await callApi(page, 'people.create', { name: 'Tom', heightCm: 131, birthYear: 2017 });
    await callApi(page, 'settings.update', { personId: ada.id });
    const walk = await seedSession(page, {
      fixture: 'sports2d-walk-reversed',
      startedAt: '2026-02-10T08:00:00Z',
      personId: ada.id,
    });
    await seedSession(page, { fixture: 'pose2sim-balance', startedAt: '2026-02-12T08:00:00Z', personId: ada.id });
    await seedSession(page, { fixture: 'sports2d-walk', startedAt: '2026-02-11T16:00:00Z', personId: tom.id });
    await callApi(page, 'sessions.update', {
      id: walk.id,
      title: 'Hill with the sled',
      variant: 'sled',
      loadKg: 20,
      distanceM: 120,
      exerciseDurationS: 600,
      notes: 'first sled day',
      tags: ['sled', 'hill'],
    });
    people = await callApi(page, 'people.list', {});
    before = await allSessions();
    expect(before).toHaveLength(3);
  });

  async function allSessions(): Promise<ReturnType<typeof essence>[]> {
    const lists = await Promise.all(people.map((p) => callApi(page, 'sessions.list', { personId: p.id })));
    return lists
      .flat()
      .map(essence)
      .sort((a, b) => a.id - b.id);
  }

  async function pickBackupFile(button: 'backup-restore' | 'backup-merge', file: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId(button).click();
    await (await chooser).setFiles(file);
  }

  const notice = () => page.getByTestId('backup-notice');

  it('backs up through Settings and downloads the file', async () => {
    await page.getByTestId('nav-settings').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('backup-create').click();
    const file = await download;
    backupFile = join(temp, file.suggestedFilename());
    await file.saveAs(backupFile);
    await expect.poll(() => notice().textContent()).toMatch(/^Backed up 2 people and 3 sessions to /);
    const db = new Database(backupFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('restores the backup through the UI after every session was deleted for good', async () => {
    for (const s of before) {
      await callApi(page, 'sessions.delete', { id: s.id });
      await callApi(page, 'sessions.purge', { id: s.id });
    }
    expect(await allSessions()).toEqual([]);

    await pickBackupFile('backup-restore', backupFile);
    const confirm = page.getByTestId('restore-confirm');
    expect(await confirm.textContent()).toContain('The current database is kept aside');
    await page.getByTestId('restore-confirm-yes').click();
    await expect
      .poll(() => notice().textContent(), { timeout: 30_000 })
      .toMatch(/^Restored 2 people and 3 sessions from .*The database it replaced is kept as /);

    expect(await allSessions()).toEqual(before);
    await page.getByTestId('nav-sessions').click();
    await expect.poll(() => page.getByTestId('sessions-list').getAttribute('data-count')).toBe('2');
    expect(await page.getByTestId('session-open').allTextContents()).toContain('Hill with the sled');
  });

  it('refuses a damaged backup with a message and changes nothing', async () => {
    const damaged = join(temp, 'damaged.db');
    copyFileSync(backupFile, damaged);
    damage(damaged);
    const db = new Database(damaged, { readonly: true });
    try {
      let verdict: unknown;
      try {
        verdict = db.pragma('integrity_check', { simple: true });
      } catch (err) {
        verdict = err;
      }
      expect(verdict).not.toBe('ok'); // the premise: SQLite itself finds the file damaged
    } finally {
      db.close();
    }

    await page.getByTestId('nav-settings').click();
    await pickBackupFile('backup-restore', damaged);
    await page.getByTestId('restore-confirm-yes').click();
    await expect.poll(() => notice().getAttribute('role'), { timeout: 30_000 }).toBe('alert');
    expect(await notice().textContent()).toMatch(/^The file damaged\.db is damaged .*nothing was changed/i);
    mkdirSync(SHOTS, { recursive: true });
    await page.getByTestId('backup-panel').screenshot({ path: join(SHOTS, 'backup-damaged.png') });
    expect(await allSessions()).toEqual(before);
    expect((await callApi(page, 'people.list', {})).map((p) => p.name)).toEqual(['Ada', 'Tom']);
  });

  it("adds nothing twice when the same backup is added as another computer's", async () => {
    await pickBackupFile('backup-merge', backupFile);
    await expect
      .poll(() => notice().textContent(), { timeout: 30_000 })
      .toMatch(/^Added 0 sessions from .*; skipped 3 already here\.$/);
    expect(await allSessions()).toEqual(before);
    expect(app.pageErrors()).toEqual([]);
  });
});
