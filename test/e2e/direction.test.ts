/**
 * The live direction readout against what the footage shows: sports2d-walk.mp4 is a forward walk
 * (she faces left and travels left); the reversed clip is a stand-in for backward walking (she
 * faces left and travels right).
 */
import { describe, expect, it } from 'vitest';
import { withBrowser } from './support/app';
import { useServer } from './support/server-fixture';
import { CLIPS, prepareClip, type ClipRecipe } from './support/footage';
import { sampleLive, share, waitForLiveFrames } from './support/live';

describe('live walking direction', () => {
  const server = useServer();

  async function directionShares(name: string, recipe: ClipRecipe): Promise<Record<string, number>> {
    return withBrowser(server().url, { cameraFile: prepareClip(name, recipe) }, async (page) => {
      await waitForLiveFrames(page, 45);
      const samples = await sampleLive(page, 4_000);
      const readouts = samples.map((s) => s.direction).filter((d) => d !== '');
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
