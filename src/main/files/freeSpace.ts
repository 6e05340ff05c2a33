/** Free space on the disk holding a folder, as the user may use it (not the root's reserve). */
import { statfsSync } from 'node:fs';

export function freeBytes(folder: string): number {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
}

/**
 * Below this much free space the data folder's disk counts as full: the database cannot be relied
 * on to write even a small change (moving a session to the trash), so a session may be deleted for
 * good at once, which frees its video's space.
 */
export const FULL_DISK_BYTES = 64 * 1024 * 1024;
