/** Bad input in the live app (browser mode): each case gets a clear message and the app stays usable. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDir, startServer, withBrowser } from './support/app';
import { useServer } from './support/server-fixture';
import { CLIPS, prepareClip } from './support/footage';
import { sampleLive, share, waitForLiveFrames } from './support/live';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

describe('bad input in the live app', () => {
  const server = useServer();

  it('camera permission denied: says how to allow it, sessions still open', async () => {
    await withBrowser(
      server().url,
      { cameraFile: prepareClip('empty', CLIPS.empty), cameraPermission: 'deny' },
      async (page) => {
        await expect
          .poll(() => page.getByTestId('camera-error').textContent(), { timeout: 30_000 })
          .toMatch(/denied.*allow/i);
        await page.getByTestId('nav-sessions').click();
        await page
          .getByTestId('sessions-list')
          .or(page.getByText(/no sessions/i))
          .first()
          .waitFor();
      },
    );
  });

  it('no camera on the machine: says so, settings still open', async () => {
    await withBrowser(server().url, {}, async (page) => {
      await expect
        .poll(() => page.getByTestId('camera-error').textContent(), { timeout: 30_000 })
        .toMatch(/no camera/i);
      await page.getByTestId('nav-settings').click();
      await expect.poll(() => page.getByTestId('data-dir').textContent()).toContain(server().dataDir);
    });
  });

  it('nobody in frame: guidance asks the person to step into view, no skeleton, no numbers', async () => {
    await withBrowser(server().url, { cameraFile: prepareClip('empty', CLIPS.empty) }, async (page) => {
      await waitForLiveFrames(page, 20);
      const samples = await sampleLive(page, { seconds: 1.5, frames: 15 });
      expect(share(samples, (s) => s.pose === null)).toBe(1);
      expect(share(samples, (s) => s.warnings.includes('no_person'))).toBeGreaterThan(0.9);
      await expect.poll(() => page.getByTestId('guidance').textContent()).toMatch(/nobody/i);
      expect(await page.getByTestId('knee-flexion-left').textContent()).not.toMatch(/\d/);
    });
  });

  it('two people in view: one guidance message says so, never "nobody", and one of them is tracked', async () => {
    await withBrowser(server().url, { cameraFile: prepareClip('two-walkers', CLIPS.twoWalkers) }, async (page) => {
      await waitForLiveFrames(page, 30);
      const samples = await sampleLive(page, { seconds: 3, frames: 30 });
      expect(share(samples, (s) => s.people >= 2)).toBeGreaterThan(0.5);
      expect(share(samples, (s) => s.warnings.includes('several_people'))).toBeGreaterThan(0.5);
      expect(share(samples, (s) => s.pose !== null)).toBeGreaterThan(0.8);
      await expect.poll(() => page.getByTestId('guidance').textContent()).toMatch(/several people/i);
      // while the clip plays, on 40 frames drawn one after another: one guidance message at a time,
      // and never "nobody" beside a skeleton
      const seen: { frame: number; messages: number; text: string; skeleton: boolean; kneesTop: number | null }[] = [];
      for (let i = 0; i < 40; i++) {
        const shown = await page.evaluate(() => {
          const boxes = document.querySelectorAll('.side-panel .guidance, [data-testid="guidance"]');
          return {
            frame: window.__retrowalkDebug?.frames ?? 0,
            messages: boxes.length,
            text: boxes[0]?.textContent ?? '',
            skeleton: !!window.__retrowalkDebug?.lastPose,
            kneesTop: document.querySelector('[aria-label="Knees"]')?.getBoundingClientRect().top ?? null,
          };
        });
        seen.push(shown);
        await waitForLiveFrames(page, shown.frame + 1);
      }
      expect(seen.filter((s) => s.messages !== 1)).toEqual([]);
      expect(seen.filter((s) => s.skeleton && /nobody/i.test(s.text))).toEqual([]);
      expect(share(seen, (s) => s.skeleton)).toBeGreaterThan(0.8);
      // the message sits in a slot of fixed height: the knee readouts never move
      expect(new Set(seen.map((s) => s.kneesTop)).size).toBe(1);
      expect(typeof seen[0]?.kneesTop).toBe('number');
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const size of [
        { width: 1440, height: 900 },
        { width: 1024, height: 700 },
      ]) {
        await page.setViewportSize(size);
        await page.screenshot({ path: join(SCREENSHOTS, `live-two-people-${size.width}x${size.height}.png`) });
      }
    });
  });
});

describe('a damaged database at start', () => {
  it('is kept aside, a fresh one is made, and the user is told', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'retrowalk-e2e-damaged-'));
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'retrowalk.db'), randomBytes(64 * 1024));
    const server = await startServer({ dataDir });
    try {
      await withBrowser(server.url, { cameraFile: prepareClip('empty', CLIPS.empty) }, async (page) => {
        await expect
          .poll(() => page.getByTestId('startup-notice').textContent(), { timeout: 30_000 })
          .toMatch(/damaged/i);
        const kept = readdirSync(dataDir).filter((f) => f.startsWith('retrowalk.db.damaged-'));
        expect(kept).toHaveLength(1);
        expect(existsSync(join(dataDir, 'retrowalk.db'))).toBe(true);
        await page.getByTestId('nav-sessions').click();
        await page
          .getByText(/no sessions|no walks|nothing recorded/i)
          .first()
          .waitFor({ timeout: 10_000 });
      });
    } finally {
      await server.stop();
      removeDir(dataDir);
    }
  });
});
