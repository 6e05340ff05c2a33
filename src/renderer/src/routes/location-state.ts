/**
 * What a navigation hands the screen it opens, kept in history with that entry (so Back and Forward
 * bring it again) but not in the address: a deep link opens the screen without it.
 */
import { useLocation } from 'react-router';

export interface HandedOver {
  /** Sessions list: what just happened to a session that is no longer open (moved, trashed…). */
  notice?: string;
  /** Sessions list: the session that notice says was moved to the trash, which Undo restores. */
  restorable?: number;
  /** Session page opened from the list: its name there, to say so if it was deleted for good since. */
  listedAs?: string;
  /** Compare opened from a session's "Compare with previous…" (Back returns to it). */
  fromSession?: boolean;
  /** Compare: why the pair is not the previous walk of the same kind. */
  pairNote?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The current entry's hand-over (nothing for a location opened otherwise). */
export function useHandedOver(): HandedOver {
  const state: unknown = useLocation().state;
  if (typeof state !== 'object' || state === null) return {};
  const given = state as Record<string, unknown>;
  return {
    notice: text(given.notice),
    restorable: typeof given.restorable === 'number' ? given.restorable : undefined,
    listedAs: text(given.listedAs),
    fromSession: given.fromSession === true,
    pairNote: text(given.pairNote),
  };
}
