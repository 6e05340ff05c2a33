/**
 * Seeds sessions through the running app's real HTTP API (the same calls a recording makes:
 * sessions.create → appendFrames in ~1-s batches → finish), from keypoints the CLI extracted from
 * real footage (test/fixtures/keypoints), analysed by the real gait module. For tests that need
 * many sessions on many dates without filming each one.
 */
import type { Page } from 'playwright-core';
import type { ApiChannel, ApiRequest, ApiResponses, Person, SessionSummary, Variant } from '../../../src/shared/api';
import { parseKeypointsFile } from '../../../src/shared/pose/keypoints-file';
import { loadFixture } from '../../support/requirements';

export type KeypointsFixture = 'sports2d-walk' | 'sports2d-walk-reversed' | 'pose2sim-balance';

const DAY_MS = 86_400_000;

/** Calls one API channel with the page's session cookie; throws with the server's message on failure. */
export async function callApi<C extends ApiChannel>(
  page: Page,
  channel: C,
  payload: ApiRequest<C>,
): Promise<ApiResponses[C]> {
  const response = await page.request.post(new URL(`/api/${channel}`, page.url()).href, { data: payload });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${channel}: HTTP ${response.status()} ${JSON.stringify(body)}`);
  return body as ApiResponses[C];
}

export interface SeedOptions {
  fixture: KeypointsFixture;
  startedAt: string;
  personId?: number;
}

/** One finished session made of a fixture's keypoints (no video: it replays as a skeleton). */
export async function seedSession(page: Page, options: SeedOptions): Promise<SessionSummary> {
  const parsed = parseKeypointsFile(loadFixture(`${options.fixture}.lightning.json`));
  if (!parsed.ok) throw new Error(parsed.error);
  const { fps, width, height, frames } = parsed.file;
  const { id } = await callApi(page, 'sessions.create', {
    personId: options.personId,
    startedAt: options.startedAt,
    model: 'lightning',
    width,
    height,
    fps,
  });
  const perBatch = Math.round(fps);
  for (let i = 0; i < frames.length; i += perBatch) {
    await callApi(page, 'sessions.appendFrames', {
      id,
      frames: frames.slice(i, i + perBatch) as ApiRequest<'sessions.appendFrames'>['frames'],
    });
  }
  // main analyses the stored keypoints in the session's height
  return callApi(page, 'sessions.finish', { id, durationMs: frames[frames.length - 1].t });
}

/** A walk of a person's history: when, from which keypoints, and what the user told about it. */
export interface PastWalk {
  daysAgo: number;
  fixture: KeypointsFixture;
  variant: Variant;
  title?: string;
  loadKg?: number;
}

/** The person's walks, each started `daysAgo` days before now, with its variant, title and load set as the user sets them. */
export async function seedWalks(
  page: Page,
  person: Pick<Person, 'id' | 'heightCm'>,
  walks: PastWalk[],
): Promise<SessionSummary[]> {
  const now = Date.now();
  const seeded: SessionSummary[] = [];
  for (const walk of walks) {
    const session = await seedSession(page, {
      fixture: walk.fixture,
      startedAt: new Date(now - walk.daysAgo * DAY_MS).toISOString(),
      personId: person.id,
    });
    seeded.push(
      await callApi(page, 'sessions.update', {
        id: session.id,
        variant: walk.variant,
        title: walk.title ?? null,
        loadKg: walk.loadKg ?? null,
      }),
    );
  }
  return seeded;
}

/**
 * Ada, the active person, who grew from 168 to 180 cm between `before` and `after` (a new height
 * for new sessions only): the same walk then reads longer in cm, so a change since last time is
 * never zero. Returns her (at 180 cm) and her walks, oldest first.
 */
export async function seedAdaWhoGrew(
  page: Page,
  before: PastWalk[],
  after: PastWalk[],
): Promise<{ ada: Person; walks: SessionSummary[] }> {
  const young = await callApi(page, 'people.create', { name: 'Ada', heightCm: 168 });
  await callApi(page, 'settings.update', { personId: young.id });
  const earlier = await seedWalks(page, young, before);
  const ada = await callApi(page, 'people.update', { id: young.id, heightCm: 180, heightApplies: 'from-now' });
  return { ada, walks: [...earlier, ...(await seedWalks(page, ada, after))] };
}

/** A backward walk of the person's a week ago (the walk footage, analysed by main): "last time" for a take filmed now. */
export async function seedLastWeeksWalk(page: Page, personId: number): Promise<SessionSummary> {
  return seedSession(page, {
    fixture: 'sports2d-walk-reversed',
    startedAt: new Date(Date.now() - 7 * DAY_MS).toISOString(),
    personId,
  });
}
