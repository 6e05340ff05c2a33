/**
 * The files the user picked in a file dialog or dropped on the window: the only filesystem paths
 * IPC accepts (import.start, backup.restore, backup.merge with `from: 'path'`). A page that runs
 * someone else's script still cannot have main read any other file (~/.ssh/id_rsa as a "backup").
 */
import { resolve } from 'node:path';
import type { ApiChannel } from '../../shared/api';

/** The channels whose payload may name a file: `{ from: 'path', path }`. */
export const PATH_CHANNELS: readonly ApiChannel[] = ['import.start', 'backup.restore', 'backup.merge'];

export class PickedPaths {
  readonly #paths = new Set<string>();

  /** Kept for the app's lifetime: the user may retry an import or restore of the same file. */
  add(path: string): void {
    this.#paths.add(resolve(path));
  }

  has(path: string): boolean {
    return this.#paths.has(resolve(path));
  }
}

/**
 * Why a call may not read the file it names, or null when it names none or one the user picked.
 * Checked on the raw payload, before validation: anything saying `from: 'path'` needs a picked path.
 */
export function unpickedPathRefusal(picked: PickedPaths, channel: ApiChannel, payload: unknown): string | null {
  if (!PATH_CHANNELS.includes(channel) || typeof payload !== 'object' || payload === null) return null;
  const { from, path } = payload as { from?: unknown; path?: unknown };
  if (from !== 'path') return null;
  if (typeof path === 'string' && picked.has(path)) return null;
  return `${channel} refused: ${typeof path === 'string' ? `"${path}"` : 'the path'} is not a file picked in this app's file dialog or dropped on its window.`;
}
