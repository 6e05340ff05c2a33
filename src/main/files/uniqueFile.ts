/**
 * Files Retrowalk creates in its folders never replace one already there: a session id handed out
 * again (after a restore or a fresh database) must not overwrite an older session's video. The
 * name is `<stem><ext>`, or `<stem>-<random><ext>` when that is taken; videos get a random stem
 * (freshStem) to begin with, so an id used again never even meets its old file's name.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** `<sessionId>-<8 random hex digits>`: a video name no other session, earlier or later, will have. */
export const freshStem = (sessionId: number): string => `${sessionId}-${randomBytes(4).toString('hex')}`;

const isTaken = (err: unknown): boolean => (err as { code?: unknown }).code === 'EEXIST';

/** Calls `create(path)` on free names until one is not taken; only EEXIST tries another name. */
function firstFree<T>(dir: string, stem: string, ext: string, create: (path: string) => T): T {
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const name = attempt === 0 ? `${stem}${ext}` : `${stem}-${randomBytes(4).toString('hex')}${ext}`;
    try {
      return create(join(dir, name));
    } catch (err) {
      if (!isTaken(err) || attempt >= 20) throw err;
    }
  }
}

/** A new, empty file opened for writing ('wx': fails rather than truncating one that exists). */
export function createNewFile(dir: string, stem: string, ext: string): { fd: number; path: string } {
  return firstFree(dir, stem, ext, (path) => ({ fd: openSync(path, 'wx'), path }));
}

/**
 * Moves `from` into `dir` under a free name and returns its new path. A hard link then an unlink:
 * unlike rename, the link fails when the name is taken instead of replacing that file.
 */
export function moveToNewName(from: string, dir: string, stem: string, ext: string): string {
  const path = firstFree(dir, stem, ext, (target) => {
    linkSync(from, target);
    return target;
  });
  unlinkSync(from);
  return path;
}
