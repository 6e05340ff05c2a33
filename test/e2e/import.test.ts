/**
 * Import, end to end in browser mode: cancelling an import halfway leaves nothing behind
 * (no session, no video, no upload), a text file renamed .mp4 (dropped on the page) gets a clear error, and a file that
 * is not a video by its name is refused before uploading.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app-fixture';
import { requireFootage } from '../support/requirements';
import { h264 } from './support/footage';
import { useTempDir } from './support/temp-dir';

const temp = useTempDir('import');

/** The walk clip played twice over (~15 s, 460 frames): long enough to cancel halfway. */
function longClip(): string {
  const out = join(temp, 'long walk.mp4');
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-stream_loop',
    '1',
    '-i',
    requireFootage('sports2d-walk.mp4'),
    ...h264(23, 'ultrafast'),
    out,
  ]);
  return out;
}

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

async function progressBar(page: Page): Promise<{ done: number; total: number } | null> {
  const bar = page.getByTestId('job-progress-bar');
  if (!(await bar.count())) return null;
  const [done, total] = await Promise.all([bar.getAttribute('data-done'), bar.getAttribute('data-total')]);
  return done && total ? { done: Number(done), total: Number(total) } : null;
}

describe('import: cancel and bad files', () => {
  const app = useApp();
  const { server } = app;
  let page: Page;

  beforeAll(async () => {
    page = app.page();
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('sessions-list').waitFor();
  });

  const nothingLeft = async () => {
    await page.reload();
    await page.getByTestId('nav-sessions').click();
    await expect.poll(() => page.getByTestId('sessions-list').getAttribute('data-count')).toBe('0');
    expect(filesIn(join(server().dataDir, 'videos'))).toEqual([]);
    expect(filesIn(join(server().dataDir, 'incoming'))).toEqual([]);
  };

  it('cancels an import halfway through the analysis and leaves nothing behind', async () => {
    await page.getByTestId('import-file-input').setInputFiles(longClip());
    let seen: { done: number; total: number } | null = null;
    await expect
      .poll(
        async () => {
          seen = (await progressBar(page)) ?? seen;
          return seen ? seen.done / seen.total : 0;
        },
        { timeout: 120_000, interval: 100 },
      )
      .toBeGreaterThanOrEqual(0.25);
    expect(seen!.done).toBeLessThan(seen!.total);
    expect(await page.getByTestId('job-progress').textContent()).toMatch(
      /\d+ \/ \d+ frames · (about .* left|estimating)/,
    );
    await page.getByTestId('job-cancel').click();
    await expect
      .poll(() => page.getByTestId('import-notice').textContent(), { timeout: 60_000 })
      .toBe('Import of long walk.mp4 cancelled: nothing was saved.');
    expect(await page.getByTestId('job-progress').count()).toBe(0);
    await nothingLeft();
  });

  it('says a text file renamed .mp4 and dropped on the page is not a readable video, and saves nothing', async () => {
    const text = 'Shopping list: eggs, milk, a new pair of walking shoes.\n'.repeat(50);
    const dropped = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'notes.mp4', { type: 'video/mp4' }));
      return transfer;
    }, text);
    await page.getByTestId('import-panel').dispatchEvent('drop', { dataTransfer: dropped });
    const notice = page.getByTestId('import-notice');
    await expect
      .poll(() => notice.textContent(), { timeout: 60_000 })
      .toMatch(/^Cannot read video notes\.mp4: .*\(is it a video, whole and undamaged\?\)$/);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(app.pageErrors()).toEqual([]);
    await nothingLeft();
  });

  it('refuses a file that is not a video by its name before uploading it', async () => {
    const text = join(temp, 'walk notes.txt');
    writeFileSync(text, 'not a video');
    await page.getByTestId('import-file-input').setInputFiles(text);
    await expect
      .poll(() => page.getByTestId('import-notice').textContent())
      .toBe('walk notes.txt is not a video Retrowalk can import: choose an mp4, mov or webm file.');
    expect(await page.getByTestId('job-progress').count()).toBe(0);
    expect(filesIn(join(server().dataDir, 'incoming'))).toEqual([]);
  });
});
