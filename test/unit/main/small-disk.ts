/**
 * A real full disk for tests: a tmpfs of a few MB mounted on a temporary folder. Mounting needs
 * root, as the tests run on CI; elsewhere the test fails with this message rather than skip.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Grows a filler file until the disk answers ENOSPC. */
  fill(): void;
  /** Fills the disk, then frees `bytes` of the filler: about that much stays free. */
  leaveFree(bytes: number): void;
  unmount(): void;
}

/** `at`: an existing folder to mount it on (its files are hidden until unmount); default: a new temporary one. */
export function mountSmallDisk(megabytes: number, at?: string): SmallDisk {
  const dir = at ?? mkdtempSync(join(tmpdir(), 'retrowalk-small-disk-'));
  const removeDir = () => at === undefined && rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    removeDir();
    throw new Error(
      `This test needs a real full disk: mounting a ${megabytes} MB tmpfs failed (it needs root, as on CI): ${(err as Error).message}`,
      { cause: err },
    );
  }
  const filler = join(dir, 'filler');
  function fill(): void {
    const fd = openSync(filler, 'a');
    const block = Buffer.alloc(4096, 1);
    try {
      for (;;) writeSync(fd, block);
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'ENOSPC') throw err;
    } finally {
      closeSync(fd);
    }
  }
  return {
    dir,
    fill,
    leaveFree(bytes) {
      fill();
      truncateSync(filler, Math.max(0, statSync(filler).size - bytes));
    },
    unmount() {
      execFileSync('umount', [dir]);
      removeDir();
    },
  };
}
