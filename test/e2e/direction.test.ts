/**
 * The live direction readout against what the footage shows: sports2d-walk.mp4 is a forward walk
 * (she faces left and travels left); the reversed clip is a stand-in for backward walking (she
 * faces left and travels right).
 */
import { describe, expect, it } from 'vitest';
import { withBrowser } from './support/app';
import { useServer } from './support/server-fixture';
import { CLIPS, prepareClip, type ClipRecipe } from './support/footage';
import { hipMid, sampleLive, share, waitForLiveFrames } from './support/live';

/** A hip move between two drawn frames (a fraction of a second apart) that only the clip starting again makes, px. */
const LOOP_JUMP_PX = 150;
/** How long after the clip starts again the readout is left out, ms: its window, with room. */
const SETTLE_MS = 2_000;

describe('live walking direction', () => {
  const server = useServer();

  /**
   * Shares of the direction readings over at least 6 s and 60 drawn frames, leaving out the 2 s after
   * each time the fake camera's clip starts again (she jumps back to where it begins: a move no
   * walker makes, which the readout takes a moment to get over).
   */
  async function directionShares(name: string, recipe: ClipRecipe): Promise<Record<string, number>> {
    return withBrowser(server().url, { cameraFile: prepareClip(name, recipe) }, async (page) => {
      await waitForLiveFrames(page, 45);
      const samples = await sampleLive(page, { seconds: 6, frames: 60 });
      const hipX = samples.map((s) => (s.pose ? hipMid(s.pose).x : null));
      let restartAt = -Infinity;
      const judged = samples.filter((s, i) => {
        const [before, now] = [hipX[i - 1], hipX[i]];
        if (before != null && now != null && Math.abs(now - before) > LOOP_JUMP_PX) restartAt = s.at;
        return s.at - restartAt > SETTLE_MS;
      });
      const readouts = judged.map((s) => s.direction).filter((d) => d !== '');
      expect(readouts.length, `${readouts.length} of ${samples.length} samples judged`).toBeGreaterThanOrEqual(10);
      const shares: Record<string, number> = {};
      for (const d of ['backward', 'forward', 'standing']) shares[d] = share(readouts, (r) => r.startsWith(d));
      return shares;
    });
  }

  it('reads "backward" on the reversed walk', async () => {
    const shares = await directionShares('walk-reversed', CLIPS.walkReversed);
    expect(shares.backward, JSON.stringify(shares)).toBeGreaterThan(0.6);
    expect(shares.forward, JSON.stringify(shares)).toBeLessThan(0.15);
  });

  it('reads "forward" on the original walk', async () => {
    const shares = await directionShares('walk-both-in-view', CLIPS.walkBothInView);
    expect(shares.forward, JSON.stringify(shares)).toBeGreaterThan(0.6);
    expect(shares.backward, JSON.stringify(shares)).toBeLessThan(0.15);
  });
});
