/**
 * People, end to end in browser mode: two people made in the UI, a real import for one and
 * seeded real-footage sessions for both; each sees only their own; one click switches; a session's
 * details persist after a reload; delete → trash → restore, or delete forever; move to the other
 * person; a person with sessions cannot be deleted; a new height asks whether they grew or it was a
 * mistake, and sessions keep their own height or all take the new one.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/shared/api';
import type { GaitAnalysis } from '../../src/shared/gait/types';
import { launchBrowser, watchConsole } from './support/app';
import { requireFootage } from '../support/requirements';
import { CLIPS } from './support/footage';
import { callApi, seedSession } from './support/seed';
import { useServer } from './support/server-fixture';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const temp = mkdtempSync(join(tmpdir(), 'retrowalk-e2e-people-'));

/** The backward-walk clip (CLIPS.walkReversed's cut) as the mp4 a phone would give. */
function walkVideo(): string {
  const { source, startS, durationS } = CLIPS.walkReversed;
  const out = join(temp, 'ada backward.mp4');
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-ss',
    String(startS),
    '-t',
    String(durationS),
    '-i',
    requireFootage(source),
    '-an',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    out,
  ]);
  return out;
}

const ids = async (page: Page, testId: string) =>
  (
    await page.getByTestId(testId).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-session-id'))))
  ).sort((a, b) => a - b);
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

describe('people: each sees their own sessions', () => {
  const server = useServer();
  let browser: Browser;
  let page: Page;
  let consoleLines: string[];
  let ada: Person;
  let tom: Person;
  const adaSessions: number[] = [];
  const tomSessions: number[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ browser, page } = await launchBrowser());
    consoleLines = watchConsole(page);
    await page.goto(server().url);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  /** The step lengths of the session's stored analysis, as the API gives it. */
  const stepLengths = async (id: number): Promise<(number | null)[]> =>
    ((await callApi(page, 'sessions.get', { id }))!.analysis as GaitAnalysis).step_list.map((s) => s.step_length);
  const chip = (person: Person) => page.locator(`[data-testid="person-chip"][data-person-id="${person.id}"]`);
  const listCount = () => page.getByTestId('sessions-list').getAttribute('data-count');
  const openSessions = async () => {
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('sessions-list').waitFor();
  };

  async function addPerson(name: string, height: string, birthYear: string): Promise<void> {
    const form = page.getByTestId('person-form');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Height (cm)').fill(height);
    await form.getByLabel('Birth year').fill(birthYear);
    await form.getByRole('button', { name: 'Add' }).click();
    await page.locator('[data-testid="person-card"]', { hasText: name }).waitFor();
  }

  it('adds two people in the People screen; the one added last is active', async () => {
    await page.getByTestId('nav-people').click();
    await page.getByTestId('no-people').waitFor();
    await page.screenshot({ path: join(SHOTS, 'people-first-run.png') });
    await addPerson('Ada', '168', '1988');
    // the first person is the active one, and the screen says so
    await expect
      .poll(() => page.getByTestId('person-added').textContent())
      .toMatch(/^Ada added, and now the active person/);
    await page.getByTestId('add-person').click();
    await addPerson('Tom', '131,5', '2017');
    // adding someone makes them the one walking: said so, with the way back to who it was
    await expect
      .poll(() => page.getByTestId('person-added').textContent())
      .toMatch(/^Tom added, and now the active person: new walks are recorded for Tom/);
    expect(await page.getByTestId('person-added').getByRole('button', { name: 'Switch back to Ada' }).count()).toBe(1);
    const people = await callApi(page, 'people.list', {});
    expect(people.map((p) => [p.name, p.heightCm, p.birthYear])).toEqual([
      ['Ada', 168, 1988],
      ['Tom', 131.5, 2017],
    ]);
    [ada, tom] = people;
    // the new person becomes active once the settings are saved, just after the card appears
    await expect.poll(() => chip(tom).getAttribute('aria-pressed')).toBe('true');
    expect(await chip(ada).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await callApi(page, 'settings.get', {})).personId).toBe(tom.id);
    await page.screenshot({ path: join(SHOTS, 'people-screen.png') });
  });

  it('imports a real video for Ada through the import panel', async () => {
    await chip(ada).click();
    await openSessions();
    await expect.poll(() => page.locator('#sessions-title').textContent()).toBe('Ada’s sessions');
    await page.getByTestId('import-file-input').setInputFiles(walkVideo());
    await page.getByTestId('replay-screen').waitFor({ timeout: 180_000 });
    const [imported] = await callApi(page, 'sessions.list', { personId: ada.id });
    expect(imported.source).toBe('imported');
    expect(imported.frameCount).toBeGreaterThan(100);
    adaSessions.push(imported.id);
    // Switching person leaves Ada's replay for Tom's (empty) list.
    await chip(tom).click();
    await expect.poll(listCount).toBe('0');
    expect(await page.getByTestId('replay-screen').count()).toBe(0);
    await chip(ada).click();
    await expect.poll(listCount).toBe('1');
  });

  it('shows each person only their own sessions, and switches in one click', async () => {
    for (const [person, sessions, fixture, startedAt] of [
      [ada, adaSessions, 'sports2d-walk', '2026-03-03T09:00:00Z'],
      [ada, adaSessions, 'pose2sim-balance', '2026-03-04T09:00:00Z'],
      [tom, tomSessions, 'sports2d-walk-reversed', '2026-03-05T17:30:00Z'],
      [tom, tomSessions, 'sports2d-walk', '2026-03-06T17:30:00Z'],
    ] as const)
      sessions.push((await seedSession(page, { fixture, startedAt, personId: person.id })).id);
    await page.reload();
    await openSessions();
    await expect.poll(listCount).toBe('3');
    expect(await ids(page, 'session-row')).toEqual(sorted(adaSessions));

    await chip(tom).click();
    await expect.poll(listCount).toBe('2');
    expect(await ids(page, 'session-row')).toEqual(sorted(tomSessions));
    await expect.poll(() => page.locator('#sessions-title').textContent()).toBe('Tom’s sessions');
    expect(await chip(tom).getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('person-switcher').screenshot({ path: join(SHOTS, 'people-switcher.png') });
    await page.screenshot({ path: join(SHOTS, 'people-sessions-tom.png') });

    await page.getByTestId('nav-live').click();
    await expect.poll(() => page.getByTestId('recording-for').textContent()).toMatch(/^Recording for Tom/);
    await page.screenshot({ path: join(SHOTS, 'people-live-recording-for.png') });
    await openSessions();
  });

  it("edits a session's details, which persist after a reload", async () => {
    const id = tomSessions[0];
    await page.locator(`[data-testid="session-row"][data-session-id="${id}"] [data-testid="session-open"]`).click();
    const form = page.getByTestId('details-form');
    await form.getByLabel('Title').fill('Sled in the park');
    await form.getByLabel('Variant').selectOption('sled');
    await form.getByLabel('Sled load (kg)').fill('12,5');
    await form.getByLabel('Distance (m)').fill('200');
    await form.getByLabel('Duration (min:s)').fill('8:05');
    await form.getByLabel('Notes').fill('Windy; Tom pulled the sled with his sister.');
    const tags = form.getByLabel('Tags', { exact: true });
    await tags.fill('with kids');
    await tags.press('Enter');
    await tags.fill('park,');
    await expect.poll(() => form.getByTestId('tag-chip').allTextContents()).toEqual(['with kids×', 'park×']);
    await page.getByTestId('details-save').click();
    await expect.poll(() => page.getByTestId('details-status').textContent()).toBe('Saved.');
    await page.getByTestId('session-detail').screenshot({ path: join(SHOTS, 'session-edit.png') });

    await page.reload();
    await openSessions(); // Tom is still the active person: settings keep it
    const row = page.locator(`[data-testid="session-row"][data-session-id="${id}"]`);
    expect(await row.getByTestId('session-open').textContent()).toBe('Sled in the park');
    await row.getByTestId('session-open').click();
    expect(await form.getByLabel('Title').inputValue()).toBe('Sled in the park');
    expect(await form.getByLabel('Variant').inputValue()).toBe('sled');
    expect(await form.getByLabel('Sled load (kg)').inputValue()).toBe('12.5');
    expect(await form.getByLabel('Distance (m)').inputValue()).toBe('200');
    expect(await form.getByLabel('Duration (min:s)').inputValue()).toBe('8:05');
    expect(await form.getByLabel('Notes').inputValue()).toBe('Windy; Tom pulled the sled with his sister.');
    expect(await form.getByTestId('tag-chip').allTextContents()).toEqual(['with kids×', 'park×']);
    const stored = await callApi(page, 'sessions.get', { id });
    expect(stored).toMatchObject({
      title: 'Sled in the park',
      variant: 'sled',
      loadKg: 12.5,
      distanceM: 200,
      exerciseDurationS: 485,
      tags: ['with kids', 'park'],
    });
  });

  it('moves a deleted session to the trash, Undo brings it back, shows its days left, and restores it', async () => {
    const id = tomSessions[0];
    const trashed = async () =>
      (await callApi(page, 'sessions.list', { personId: tom.id, trash: true })).map((s) => s.id);
    await page.getByTestId('trash-button').click();
    await expect
      .poll(() => page.getByTestId('sessions-notice').textContent())
      .toMatch(/^Sled in the park moved to the trash/);
    await expect.poll(listCount).toBe('1');
    expect(await trashed()).toEqual([id]);
    await page.screenshot({ path: join(SHOTS, 'sessions-trash-undo.png') });
    // Undo in the notice: restored, back in the list, the trash empty again
    await page.getByTestId('sessions-undo').click();
    await expect.poll(() => page.getByTestId('sessions-notice').textContent()).toBe('Sled in the park restored.');
    await expect.poll(listCount).toBe('2');
    expect(await trashed()).toEqual([]);
    expect(await page.getByTestId('sessions-undo').count()).toBe(0);
    // and to the trash again, to keep it there this time
    await page.locator(`[data-testid="session-row"][data-session-id="${id}"] [data-testid="session-open"]`).click();
    await page.getByTestId('trash-button').click();
    await expect.poll(listCount).toBe('1');
    expect(await ids(page, 'session-row')).toEqual([tomSessions[1]]);

    await page.getByTestId('tab-trash').click();
    await expect.poll(() => page.getByTestId('trash-list').getAttribute('data-count')).toBe('1');
    expect(await ids(page, 'trash-row')).toEqual([id]);
    expect(await page.getByTestId('trash-days-left').textContent()).toBe('30 days left');
    await page.screenshot({ path: join(SHOTS, 'trash.png') });
    // Ada's trash is her own: empty.
    await chip(ada).click();
    await expect.poll(() => page.getByTestId('trash-list').getAttribute('data-count')).toBe('0');
    await chip(tom).click();
    await expect.poll(() => page.getByTestId('trash-list').getAttribute('data-count')).toBe('1');

    await page.getByTestId('restore-session').click();
    await expect.poll(() => page.getByTestId('trash-list').getAttribute('data-count')).toBe('0');
    await page.getByTestId('tab-sessions').click();
    await expect.poll(listCount).toBe('2');
    expect(await ids(page, 'session-row')).toEqual(sorted(tomSessions));
    expect((await callApi(page, 'sessions.get', { id }))?.title).toBe('Sled in the park');
  });

  it('moves a session to the other person', async () => {
    const id = tomSessions[1];
    await page.locator(`[data-testid="session-row"][data-session-id="${id}"] [data-testid="session-open"]`).click();
    await page.getByTestId('move-to').selectOption(String(ada.id));
    await page.getByTestId('move-button').click();
    await expect.poll(() => page.getByTestId('sessions-notice').textContent()).toMatch(/moved to Ada\.$/);
    await expect.poll(listCount).toBe('1');
    await chip(ada).click();
    await expect.poll(listCount).toBe('4');
    expect(await ids(page, 'session-row')).toEqual(sorted([...adaSessions, id]));
    expect((await callApi(page, 'sessions.get', { id }))?.personId).toBe(ada.id);
  });

  it('deletes a session forever from the trash, only after confirming', async () => {
    const id = adaSessions[2];
    await page.locator(`[data-testid="session-row"][data-session-id="${id}"] [data-testid="session-open"]`).click();
    await page.getByTestId('trash-button').click();
    await expect.poll(listCount).toBe('3');
    await page.getByTestId('tab-trash').click();
    const row = page.locator(`[data-testid="trash-row"][data-session-id="${id}"]`);
    await row.getByTestId('purge-session').click();
    await row.getByRole('button', { name: 'Keep' }).click(); // changed their mind: still there
    expect(await callApi(page, 'sessions.list', { personId: ada.id, trash: true })).toHaveLength(1);
    await row.getByTestId('purge-session').click();
    await row.getByTestId('purge-confirm').click();
    await expect.poll(() => page.getByTestId('trash-list').getAttribute('data-count')).toBe('0');
    expect(await callApi(page, 'sessions.get', { id })).toBeNull();
    await page.getByTestId('tab-sessions').click();
  });

  it('opening a session deleted for good since the list was read says so and reads the list again', async () => {
    await expect.poll(listCount).toBe('3');
    const id = Number(await page.getByTestId('session-row').first().getAttribute('data-session-id'));
    await callApi(page, 'sessions.delete', { id }); // as from another window: this list still shows it
    await callApi(page, 'sessions.purge', { id });
    await page.getByTestId('session-open').first().click();
    await expect
      .poll(() => page.getByTestId('sessions-notice').textContent())
      .toMatch(/no longer exists: it was deleted for good\.$/);
    await expect.poll(listCount).toBe('2');
    expect(await ids(page, 'session-row')).not.toContain(id);
  });

  it('offers Delete only for someone without sessions (the trash’s too), and says why elsewhere', async () => {
    const zoe = await callApi(page, 'people.create', { name: 'Zoe', heightCm: null, birthYear: null });
    const zoes = await seedSession(page, {
      fixture: 'sports2d-walk-reversed',
      startedAt: '2026-02-01T10:00:00Z',
      personId: zoe.id,
    });
    await callApi(page, 'sessions.delete', { id: zoes.id }); // in Zoe's trash
    await page.reload();
    await page.getByTestId('nav-people').click();
    const card = (p: Person) => page.locator(`[data-testid="person-card"][data-person-id="${p.id}"]`);
    // Tom has a session (the other went to Ada): no Delete, the reason instead
    await expect
      .poll(() => card(tom).getByTestId('person-delete-blocked').textContent())
      .toBe('To delete Tom, first move their 1 session to someone else or delete it (Sessions).');
    expect(await card(tom).getByRole('button', { name: 'Delete Tom' }).count()).toBe(0);
    // Zoe's only session is in the trash: still no Delete
    await expect
      .poll(() => card(zoe).getByTestId('person-delete-blocked').textContent())
      .toBe('To delete Zoe, first delete their 1 session in the Trash for good, or restore and move it.');
    expect(await card(zoe).getByRole('button', { name: 'Delete Zoe' }).count()).toBe(0);
    // once it is deleted for good, Delete is offered, and it deletes
    await callApi(page, 'sessions.purge', { id: zoes.id });
    await page.reload();
    await page.getByTestId('nav-people').click();
    await card(zoe).getByRole('button', { name: 'Delete Zoe' }).click();
    await card(zoe).getByRole('button', { name: 'Delete Zoe' }).click();
    await expect.poll(async () => (await callApi(page, 'people.list', {})).map((p) => p.name)).toEqual(['Ada', 'Tom']);
    await expect.poll(() => page.getByTestId('person-card').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'people-delete-blocked.png') });
    expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([]);
  });

  it('Undo after editing a person puts their fields back', async () => {
    const card = page.locator(`[data-testid="person-card"][data-person-id="${ada.id}"]`);
    await card.getByRole('button', { name: 'Edit Ada' }).click();
    await card.getByLabel('Birth year').fill('1990');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => card.getByTestId('person-saved').locator('span').textContent())
      .toBe('Ada’s changes saved.');
    expect((await callApi(page, 'people.list', {})).find((p) => p.id === ada.id)!.birthYear).toBe(1990);
    await page.screenshot({ path: join(SHOTS, 'people-edit-undo.png') });
    await card.getByTestId('person-undo').click();
    await expect
      .poll(async () => (await callApi(page, 'people.list', {})).find((p) => p.id === ada.id)!.birthYear)
      .toBe(1988);
    await expect.poll(() => card.getByTestId('person-saved').count()).toBe(0);
    // The card shows the list as refetched after the undo, which can land after the notice goes.
    await expect.poll(() => card.locator('.muted').first().textContent()).toContain('born 1988');
  });

  it('a new height asks: they grew (earlier sessions keep theirs) or a mistake (every session takes it)', async () => {
    tomSessions.push(
      (
        await seedSession(page, {
          fixture: 'sports2d-walk-reversed',
          startedAt: '2026-03-07T17:30:00Z',
          personId: tom.id,
        })
      ).id,
    );
    const tomsHeights = async () => (await callApi(page, 'sessions.list', { personId: tom.id })).map((s) => s.heightCm);
    const tomNow = async () => (await callApi(page, 'people.list', {})).find((p) => p.id === tom.id)!.heightCm;
    expect(await tomsHeights()).toEqual([131.5, 131.5]);
    await page.reload();
    await page.getByTestId('nav-people').click();
    const card = page.locator(`[data-testid="person-card"][data-person-id="${tom.id}"]`);
    const editHeight = async (height: string) => {
      await card.getByRole('button', { name: 'Edit Tom' }).click();
      await card.getByLabel('Height (cm)').fill(height);
      await card.getByRole('button', { name: 'Save' }).click();
      await card.getByTestId('height-choice').waitFor();
    };

    // Tom grew: the answer is chosen with the keyboard, where the question puts the focus.
    await editHeight('137');
    const choice = card.getByRole('group', { name: /Tom's height changes from 131\.5 cm to 137 cm/ });
    expect(await choice.getByRole('button').allTextContents()).toEqual([
      'They grew — use 137 cm from now on (earlier sessions keep 131.5 cm)',
      'Correct a mistake — use 137 cm for both sessions',
      'Back to the form',
    ]);
    await card.screenshot({ path: join(SHOTS, 'people-height-question.png') });
    // the question is asked after a read of the people: its focus lands in an effect just after it shows
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^They grew/);
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByTestId('height-choice').count()).toBe(0);
    await expect.poll(tomNow).toBe(137);
    expect(await tomsHeights()).toEqual([131.5, 131.5]);
    await expect.poll(() => card.textContent()).toContain('137 cm');
    const { id: newId } = await callApi(page, 'sessions.create', {
      personId: tom.id,
      startedAt: '2026-11-01T17:30:00Z',
      model: 'lightning',
      width: 640,
      height: 480,
      fps: 30,
    });
    await callApi(page, 'sessions.finish', { id: newId, durationMs: 0 });
    expect((await callApi(page, 'sessions.get', { id: newId }))?.heightCm).toBe(137);

    // The session detail tells the height its lengths use.
    await chip(tom).click();
    await openSessions();
    await page
      .locator(`[data-testid="session-row"][data-session-id="${tomSessions[2]}"] [data-testid="session-open"]`)
      .click();
    expect(await page.getByTestId('session-height').textContent()).toBe('131.5 cm');

    // 136 was meant all along: first back to the form (nothing saved), then the correction.
    await page.getByTestId('nav-people').click();
    await editHeight('136');
    await card.getByRole('button', { name: 'Back to the form' }).click();
    expect(await card.getByTestId('height-choice').count()).toBe(0);
    expect(await tomNow()).toBe(137);
    const analysedAt131 = await stepLengths(tomSessions[2]);
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('button', { name: 'Correct a mistake — use 136 cm for all 3 sessions' }).click();
    // the height is stored first, then each session is analysed again: the question goes once all are
    await expect.poll(() => card.getByTestId('height-choice').count()).toBe(0);
    await expect.poll(tomNow).toBe(136);
    expect(await tomsHeights()).toEqual([136, 136, 136]);
    // The stored analysis was worked out again in 136 cm: every step length × 136 / 131.5, to the 0.1-cm rounding of both.
    const ratio = 136 / 131.5;
    const analysedAt136 = await stepLengths(tomSessions[2]);
    expect(analysedAt136.map((l) => l === null)).toEqual(analysedAt131.map((l) => l === null));
    expect(analysedAt131.filter((l) => l !== null).length).toBeGreaterThan(2);
    analysedAt131.forEach(
      (l, i) =>
        l !== null && expect(Math.abs(analysedAt136[i]! - l * ratio)).toBeLessThanOrEqual(0.05 * (1 + ratio) + 1e-9),
    );
    expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([]);
  });

  it('a walk filmed before a height was entered: the replay says how to get cm, and a correction gives its step lengths in cm', async () => {
    const lia = await callApi(page, 'people.create', { name: 'Lia', heightCm: null, birthYear: null });
    const { id } = await seedSession(page, {
      fixture: 'sports2d-walk-reversed',
      startedAt: '2026-03-08T17:30:00Z',
      personId: lia.id,
    });
    await page.reload();
    const openReplay = async (): Promise<void> => {
      await chip(lia).click();
      await openSessions();
      await page.locator(`[data-testid="session-row"][data-session-id="${id}"] [data-testid="session-replay"]`).click();
      await page.getByTestId('step-table').waitFor();
    };
    const replayLengths = (): Promise<string[]> =>
      page
        .getByTestId('step-row')
        .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[4].textContent ?? ''));
    const hint = page.getByText(/to get step lengths in centimetres for this session/);

    await openReplay();
    const before = await replayLengths();
    expect(before.length).toBeGreaterThan(2);
    expect(new Set(before)).toEqual(new Set(['—']));
    expect(await hint.textContent()).toBe(
      "Add Lia's height on the People screen and choose “Correct a mistake” to get step lengths in centimetres for this session.",
    );
    await page.screenshot({ path: join(SHOTS, 'people-no-height-replay-hint.png'), fullPage: true });

    await page.getByTestId('nav-people').click();
    const card = page.locator(`[data-testid="person-card"][data-person-id="${lia.id}"]`);
    await card.getByRole('button', { name: 'Edit Lia' }).click();
    await card.getByLabel('Height (cm)').fill('150');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('button', { name: 'Correct a mistake — use 150 cm for their 1 session' }).click();
    // the height is stored first, then her session is analysed again: the question goes once it is
    await expect.poll(() => card.getByTestId('height-choice').count()).toBe(0);
    await expect
      .poll(async () => (await callApi(page, 'people.list', {})).find((p) => p.id === lia.id)!.heightCm)
      .toBe(150);

    const stored = await stepLengths(id);
    expect(stored.filter((l) => l !== null).length).toBeGreaterThan(2);
    // the replay shows the session read before the correction at once, then the one read now
    await openReplay();
    await expect.poll(replayLengths).toEqual(stored.map((l) => (l === null ? '—' : `${l.toFixed(0)} cm`)));
    await expect.poll(() => hint.count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'people-corrected-height-replay.png'), fullPage: true });
    expect(consoleLines.filter((l) => l.includes('pageerror'))).toEqual([]);
  });
});
