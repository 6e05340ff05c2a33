/** Which scanned person to follow: the user's click, then the current person, then the best walker. */
import type { ImageSize } from './geometry';
import { matchToPrevious, personAt } from './matching';
import { walkerScore, type Candidate } from './scoring';
import type { Box } from './types';

/** Another person must score this many times the current one before tracking switches to them. */
export const SWITCH_RATIO = 1.5;

export interface WalkerChoice {
  index: number | null;
  reason: 'click' | 'continuity' | 'walker' | 'none';
}

export function chooseWalker(
  candidates: readonly Candidate[],
  image: ImageSize,
  current: { extent: Box; chosenByUser: boolean } | null,
  click: readonly [number, number] | null,
): WalkerChoice {
  if (click) {
    const clicked = personAt(candidates, click[0], click[1]);
    if (clicked !== null) return { index: clicked, reason: 'click' };
  }
  const same = current ? matchToPrevious(current.extent, candidates) : null;
  if (same !== null && current?.chosenByUser) return { index: same, reason: 'continuity' };
  let best: number | null = null;
  let bestScore = -1;
  for (const [i, c] of candidates.entries()) {
    const score = walkerScore(c, image);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best === null) return { index: null, reason: 'none' };
  const sameCandidate = same === null ? undefined : candidates[same];
  if (
    same !== null &&
    sameCandidate &&
    (best === same || bestScore <= SWITCH_RATIO * walkerScore(sameCandidate, image))
  ) {
    return { index: same, reason: 'continuity' };
  }
  return { index: best, reason: 'walker' };
}
