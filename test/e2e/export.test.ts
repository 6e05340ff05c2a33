/**
 * Export, end to end in browser mode: the session screen's Export CSV is downloaded and
 * parsed back with papaparse (one row per stored frame, the stored keypoints), Export JSON holds the
 * stored steps, and the person's export has one row per session.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../src/shared/api';
import { KEYPOINT_NAMES } from '../../src/shared/pose/keypoints';
import { useApp } from './support/app-fixture';
import { callApi, seedSession } from './support/seed';

type Row = Record<string, string>;

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

function parseCsv(text: string): { columns: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}

/** A rounded CSV cell against the stored number: within half of its last printed digit. */
function expectCell(cell: string, stored: number, decimals: number): void {
  expect(cell).not.toBe('');
  expect(Math.abs(Number(cell) - stored)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

describe('export', () => {
  const app = useApp();
  let page: Page;
  let walk: SessionSummary;
  let balance: SessionSummary;

  beforeAll(async () => {
    page = app.page();
    const ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: 168 });
    await callApi(page, 'settings.update', { personId: ada.id });
    walk = await seedSession(page, {
      fixture: 'sports2d-walk-reversed',
      startedAt: '2026-02-10T08:00:00Z',
      personId: ada.id,
    });
    balance = await seedSession(page, {
      fixture: 'pose2sim-balance',
      startedAt: '2026-02-12T08:00:00Z',
      personId: ada.id,
    });
    await callApi(page, 'sessions.update', { id: walk.id, title: 'Walk, "quoted", with a comma', tags: ['park'] });
    await page.reload();
    await page.getByTestId('nav-sessions').click();
    await page
      .locator(`[data-testid="session-row"][data-session-id="${walk.id}"] [data-testid="session-open"]`)
      .click();
    await page.getByTestId('session-detail').waitFor();
  });

  it('saves Export CSV as a file with one row per stored frame and the stored keypoints', async () => {
    const { name, text } = await downloadedText(page, () => page.getByTestId('export-csv').click());
    expect(name).toMatch(/\.csv$/);
    const { columns, rows } = parseCsv(text);
    expect(columns.slice(0, 4)).toEqual([
      't_s',
      `${KEYPOINT_NAMES[0]}_x`,
      `${KEYPOINT_NAMES[0]}_y`,
      `${KEYPOINT_NAMES[0]}_score`,
    ]);
    expect(columns).toContain('left_knee_flexion_deg');
    expect(columns).toContain('right_knee_past_toe_cm');

    const frames = await callApi(page, 'sessions.frames', { id: walk.id });
    expect(frames.length).toBe(walk.frameCount);
    expect(rows).toHaveLength(frames.length);
    let withPerson = 0;
    frames.forEach((frame, i) => {
      expectCell(rows[i].t_s, frame.t / 1000, 3);
      if (!frame.keypoints) {
        expect(rows[i][`${KEYPOINT_NAMES[0]}_x`]).toBe('');
        return;
      }
      withPerson += 1;
      frame.keypoints.forEach(([x, y, score], k) => {
        expectCell(rows[i][`${KEYPOINT_NAMES[k]}_x`], x, 2);
        expectCell(rows[i][`${KEYPOINT_NAMES[k]}_y`], y, 2);
        expectCell(rows[i][`${KEYPOINT_NAMES[k]}_score`], score, 3);
      });
    });
    expect(withPerson).toBeGreaterThan(frames.length / 2);
    // The walk has knee angles on most frames: the metric columns are filled, not just present.
    expect(rows.filter((r) => r.left_knee_flexion_deg !== '').length).toBeGreaterThan(frames.length / 2);
  });

  it("saves Export JSON with the session's details and its stored steps", async () => {
    const { name, text } = await downloadedText(page, () => page.getByTestId('export-json').click());
    expect(name).toMatch(/\.json$/);
    const exported = JSON.parse(text) as { session: { id: number; title: string; tags: string[] }; steps: unknown[] };
    expect(exported.session).toMatchObject({ id: walk.id, title: 'Walk, "quoted", with a comma', tags: ['park'] });
    const stored = (await callApi(page, 'sessions.get', { id: walk.id }))!.analysis as { step_list: unknown[] };
    expect(stored.step_list.length).toBeGreaterThan(0);
    expect(exported.steps).toEqual(stored.step_list);
  });

  it("saves all of the person's sessions as one CSV, one row each", async () => {
    await page.getByText('← All sessions').click();
    const { name, text } = await downloadedText(page, () => page.getByTestId('export-person').click());
    expect(name).toMatch(/\.csv$/);
    const { rows } = parseCsv(text);
    expect(rows.map((r) => Number(r.session_id)).sort((a, b) => a - b)).toEqual(
      [walk.id, balance.id].sort((a, b) => a - b),
    );
    expect(rows.find((r) => Number(r.session_id) === walk.id)?.title).toBe('Walk, "quoted", with a comma');
    expect(app.pageErrors()).toEqual([]);
  });
});
