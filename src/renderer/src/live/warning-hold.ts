import type { TrackResult } from '../../../shared/tracking/types';

export type TrackWarning = TrackResult['warnings'][number];

/** How long a warning must persist before it is shown (a lost frame or two is not "nobody in view"). */
const SHOW_AFTER_MS: Record<TrackWarning, number> = {
  no_person: 400,
  body_cut_off: 300,
  too_small: 500,
  several_people: 0,
};
/** How long a warning stays after its last sighting, so guidance does not flicker. */
const HOLD_MS = 1500;

/**
 * Turns per-frame tracker warnings into steady guidance: a warning is shown once it has persisted
 * (sightings no more than HOLD_MS apart) for SHOW_AFTER_MS, until HOLD_MS after its last sighting.
 */
export class WarningHold {
  private readonly spans = new Map<TrackWarning, { first: number; last: number }>();

  update(now: number, warnings: readonly TrackWarning[]): TrackWarning[] {
    for (const w of warnings) {
      const span = this.spans.get(w);
      if (span) span.last = now;
      else this.spans.set(w, { first: now, last: now });
    }
    const shown: TrackWarning[] = [];
    for (const [w, span] of this.spans) {
      if (now - span.last > HOLD_MS) this.spans.delete(w);
      else if (span.last - span.first >= SHOW_AFTER_MS[w]) shown.push(w);
    }
    return shown;
  }
}
