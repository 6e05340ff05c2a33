/**
 * Whether a path from the database (or from a backup) names a file inside one of Retrowalk's own
 * folders. Paths are resolved with realpath, so neither "..", nor a symlink in the folder, nor a
 * symlinked parent can lead outside it: a row naming /etc/passwd is never served or deleted.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

function realpathOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** True when `child` (already real) is strictly below `folder` (already real). */
function isBelow(folder: string, child: string): boolean {
  const rel = relative(folder, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The real path of `path` when it lies inside `folder`, else null. A file that does not exist (yet)
 * is judged by its real parent folder, so a missing video still counts as Retrowalk's own.
 */
export function resolveInside(folder: string, path: string | null): string | null {
  if (!path || !isAbsolute(path)) return null;
  const realFolder = realpathOrNull(folder);
  if (!realFolder) return null;
  const real = realpathOrNull(path);
  if (real) return isBelow(realFolder, real) ? real : null;
  const lexical = resolve(path);
  const realParent = realpathOrNull(dirname(lexical));
  if (!realParent) return null;
  const candidate = join(realParent, basename(lexical));
  return isBelow(realFolder, candidate) ? candidate : null;
}
