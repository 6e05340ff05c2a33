/**
 * Video files and rows kept in step at start and after a restore. A file in videos/ that no session
 * names (an import or a recording cut off between its file and its row, or a session the restored
 * backup does not have) is moved to videos/orphaned/, never deleted; a session whose file was moved
 * there earlier (a newer backup restored again) gets it back.
 */
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { resolveInside } from '../files/insideFolder';
import { moveToNewName } from '../files/uniqueFile';

export const ORPHANED_FOLDER = 'orphaned';

export interface VideoReconciliation {
  /** Files moved to videos/orphaned/ (their names there). */
  orphaned: string[];
  /** Files moved back from videos/orphaned/ to the session that names them. */
  adopted: string[];
}

/** `busy`: files being written now (a recording), whatever the rows say. */
export function reconcileVideos(
  db: Database.Database,
  videosDir: string,
  busy: readonly string[],
): VideoReconciliation {
  const result: VideoReconciliation = { orphaned: [], adopted: [] };
  if (!existsSync(videosDir)) return result;
  const orphanedDir = join(videosDir, ORPHANED_FOLDER);
  const named = new Set<string>(busy.map((p) => resolveInside(videosDir, p)).filter((p) => p !== null));
  for (const stored of db
    .prepare('SELECT video_path FROM sessions WHERE video_path IS NOT NULL')
    .pluck()
    .all() as string[]) {
    const file = resolveInside(videosDir, stored);
    if (!file) continue;
    named.add(file);
    const kept = join(orphanedDir, basename(file));
    if (!existsSync(file) && existsSync(kept)) {
      renameSync(kept, file);
      result.adopted.push(basename(file));
    }
  }
  for (const name of readdirSync(videosDir)) {
    const file = resolveInside(videosDir, join(videosDir, name));
    if (!file || named.has(file) || !statSync(file).isFile()) continue;
    const ext = extname(name);
    result.orphaned.push(basename(moveToNewName(file, orphanedDir, basename(name, ext), ext)));
  }
  return result;
}

/** What the user is told, or null when nothing moved. */
export function reconciliationNotice(videosDir: string, { orphaned, adopted }: VideoReconciliation): string | null {
  const parts: string[] = [];
  if (orphaned.length > 0) {
    parts.push(
      `${orphaned.length === 1 ? '1 video file' : `${orphaned.length} video files`} in ${videosDir} belonged to no session ` +
        `(an import or recording cut off, or a session the restored backup does not have); moved to ${join(videosDir, ORPHANED_FOLDER)}, nothing was deleted: ${orphaned.join(', ')}.`,
    );
  }
  if (adopted.length > 0)
    parts.push(
      `${adopted.length === 1 ? '1 video file' : `${adopted.length} video files`} kept in ${join(videosDir, ORPHANED_FOLDER)} went back to their sessions: ${adopted.join(', ')}.`,
    );
  return parts.length > 0 ? parts.join(' ') : null;
}
