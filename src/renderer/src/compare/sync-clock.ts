/**
 * The comparison's shared time: seconds since each session's aligned foot contact (cycleAlignment).
 * Time τ shows media time contact + τ in each session, held at its first or last frame outside it,
 * so a shorter walk waits at its end while the longer one plays on.
 */

export interface Lane {
  /** The aligned contact in this session's media time, s. */
  contactS: number;
  /** The session's media duration, s (the end of its last frame). */
  endS: number;
}

export class SyncClock {
  constructor(readonly lanes: readonly Lane[]) {
    if (lanes.length === 0) throw new Error('a comparison needs at least one session');
  }

  /** Earliest τ: where the session with the latest contact starts. */
  get startS(): number {
    return Math.min(...this.lanes.map((l) => -l.contactS));
  }

  /** Latest τ: where the session with the most time after its contact ends. */
  get endS(): number {
    return Math.max(...this.lanes.map((l) => l.endS - l.contactS));
  }

  clampTau(tau: number): number {
    return Math.max(this.startS, Math.min(this.endS, tau));
  }

  /** Media time of `lane` at τ, s, held within its own media. */
  mediaTime(lane: number, tau: number): number {
    const l = this.lanes[lane];
    return Math.max(0, Math.min(l.endS, l.contactS + tau));
  }

  /** Whether `lane` has media at τ (it plays; otherwise it holds a frame). */
  playsAt(lane: number, tau: number): boolean {
    const t = this.lanes[lane].contactS + tau;
    return t >= 0 && t < this.lanes[lane].endS;
  }

  /** τ at which `lane` shows media time `mediaS`. */
  tauOf(lane: number, mediaS: number): number {
    return mediaS - this.lanes[lane].contactS;
  }
}

/** Beyond this, a lagging or leading video is sent to its place at once rather than sped up or slowed. */
export const SEEK_DRIFT_S = 0.3;
/** Speed change per second of drift, and its limit (a gentle catch-up nobody notices). */
const RATE_PER_S = 3;
const MAX_RATE_CHANGE = 0.25;

/**
 * How a following video keeps in step: `driftS` = its media time minus the time the clock asks for
 * (+ ahead, − behind). Small drifts are closed by playing it a little slower or faster, large ones
 * by a seek.
 */
export function syncCorrection(driftS: number, rate: number): { seek: boolean; rate: number } {
  if (Math.abs(driftS) > SEEK_DRIFT_S) return { seek: true, rate };
  const change = Math.max(-MAX_RATE_CHANGE, Math.min(MAX_RATE_CHANGE, -driftS * RATE_PER_S));
  return { seek: false, rate: rate * (1 + change) };
}
