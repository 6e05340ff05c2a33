/**
 * A restore killed while it replaces the database file: the next start finds a whole database
 * (the restored one: the restore is finished), keeps the replaced one, and says what happened.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services';
import { makeFrames, NEW_SESSION, tempDataDir } from './support';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Runs the restorer until it reaches the swap, then kills it with SIGKILL. */
async function restoreKilledAtSwap(dataDir: string, backup: string, when: 'before' | 'after'): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'fixtures/restorer.ts'), dataDir, backup, when],
    {
      cwd: join(__dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('swapping')) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`restorer exited by itself:\n${out}\n${err}`)));
  });
  expect(await exited).toBe('SIGKILL');
}

/** A data folder with two sessions, a backup of it, and a third session made after the backup. */
function dataWithBackup(): { dir: string; backup: string } {
  const data = tempDataDir();
  cleanups.push(data.remove);
  const services = createServices({ dataDir: data.dir, mode: 'browser' });
  const record = (startedAt: string) => {
    const { id } = services.sessions.create({ ...NEW_SESSION, startedAt });
    services.sessions.appendFrames(id, makeFrames(30));
  };
  record('2026-03-01T10:00:00.000Z');
  record('2026-03-02T10:00:00.000Z');
  const backup = join(data.dir, 'backup.sqlite');
  services.db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(join(data.dir, 'retrowalk.db'), backup);
  record('2026-03-03T10:00:00.000Z');
  services.close();
  return { dir: data.dir, backup };
}

const sessionCount = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM sessions').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('a restore killed while it swaps the database file', () => {
  for (const when of ['before', 'after'] as const) {
    it(`killed just ${when} the checked copy is renamed onto the live file: the next start has the restored data and says so`, async () => {
      const { dir, backup } = dataWithBackup();
      await restoreKilledAtSwap(dir, backup, when);

      const services = createServices({ dataDir: dir, mode: 'browser' });
      cleanups.push(() => services.close());
      expect(services.db.prepare('SELECT started_at FROM sessions ORDER BY started_at').pluck().all()).toEqual([
        '2026-03-01T10:00:00.000Z',
        '2026-03-02T10:00:00.000Z',
      ]);
      expect(services.info.startupNotice).toMatch(
        /A restore from a backup was cut off .*The database it replaced is kept as .*retrowalk\.before-restore-.*\.sqlite\./,
      );
      const kept = readdirSync(dir).filter((f) => /^retrowalk\.before-restore-.*\.sqlite$/.test(f));
      expect(kept).toHaveLength(1);
      expect(sessionCount(join(dir, kept[0]))).toBe(3);
      expect(readdirSync(dir).filter((f) => f.includes('.restore-') || f.endsWith('.restoring'))).toEqual([]);

      // The notice is for that start only.
      services.close();
      cleanups.pop();
      const again = createServices({ dataDir: dir, mode: 'browser' });
      cleanups.push(() => again.close());
      expect(again.info.startupNotice).toBeNull();
      expect(existsSync(join(dir, 'retrowalk.db'))).toBe(true);
    });
  }
});
