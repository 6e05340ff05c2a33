/**
 * The first-run filming guide in browser mode with the fake camera (one walker alone, side-on, real
 * MoveNet): it shows on a fresh start, its live check turns green while she walks in view, Done
 * hides it and stores that, and it stays hidden after a reload; the link and Settings bring it back. Screenshots of the live screen with
 * the guide, and with its one guidance message, at 1440×900 and 1024×700.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBrowser } from './support/app';
import { useServer } from './support/server-fixture';
import { CLIPS, prepareClip } from './support/footage';
import { waitForLiveFrames } from './support/live';
import { callApi } from './support/seed';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

describe('first-run filming guide', () => {
  const server = useServer();

  it('shows on a fresh start, turns green for a lone walker side-on, and Done hides it for good', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await withBrowser(server().url, { cameraFile: prepareClip('one-walker', CLIPS.oneWalker) }, async (page) => {
      expect((await callApi(page, 'settings.get', {})).guideSeen).toBe(false);
      const guide = page.getByTestId('filming-guide');
      await guide.waitFor({ timeout: 30_000 });
      expect(await guide.textContent()).toMatch(/hip height.*Side view.*3–5 m.*whole body.*light.*Nobody else/s);
      await waitForLiveFrames(page, 10);

      // each item green at some moment of her walk, and all four together
      for (const item of ['one-person', 'whole-body', 'side-on', 'distance'])
        await expect
          .poll(() => page.getByTestId(`framing-${item}`).getAttribute('data-ok'), { timeout: 60_000 })
          .toBe('true');
      await expect
        .poll(() => page.getByTestId('framing-checks').getAttribute('data-ok'), { timeout: 60_000 })
        .toBe('true');
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: join(SCREENSHOTS, `live-filming-guide-${size.width}x${size.height}.png`) });
      }

      await page.getByTestId('filming-guide-done').click();
      await expect.poll(() => guide.count()).toBe(0);
      await expect.poll(async () => (await callApi(page, 'settings.get', {})).guideSeen).toBe(true);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: join(SCREENSHOTS, `live-guidance-${size.width}x${size.height}.png`) });
      }

      await page.reload();
      await waitForLiveFrames(page, 5);
      await page.getByTestId('filming-tips').waitFor();
      expect(await guide.count()).toBe(0);
      // and back from the link, closed again by Done
      await page.getByTestId('filming-tips').click();
      await guide.waitFor();
      await page.getByTestId('filming-guide-done').click();
      await expect.poll(() => guide.count()).toBe(0);
      // and from Settings, which shows it on the Live screen until Done again
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('show-filming-guide').click();
      await expect.poll(async () => (await callApi(page, 'settings.get', {})).guideSeen).toBe(false);
      await page.getByTestId('nav-live').click();
      await guide.waitFor();
    });
  });
});
