/**
 * Progress screen: progress.get for a person with 1,000 sessions (target: ≤ 100 ms of database
 * time). The database is seeded through the real store with 2,000 sessions (1,000 for the person,
 * 1,000 for two others), each with a 60-s walk's analysis (~27 KB of JSON, as a real session
 * stores) and 5 s of keypoints; a fifth of them with another variant, a few in the trash.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../src/main/dataDir';
import { createServices, type Services } from '../src/main/services';
import { analyzeSession } from '../src/shared/gait';
import type { Variant } from '../src/shared/api';
import { synthesizeGait } from '../test/support/synthetic-gait';
import type { BenchRow } from './types';

const SECTION = 'Progress (database)';
const SESSIONS = 1000;
const OTHER_SESSIONS = 500; // for each of two other people
const RUNS = 20;
const REOPENS = 5;
const VARIANTS: Variant[] = ['flat', 'flat', 'flat', 'flat', 'sled'];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

function walks() {
  return [96, 104, 112].flatMap((cadence, i) => {
    const { input } = synthesizeGait({
      segments: [{ mode: 'backward', duration_s: 60 }],
      facing: i % 2 ? 'left' : 'right',
      cadence_spm: cadence,
      noisePx: 0.8,
      seed: i + 1,
    });
    return [
      {
        analysis: analyzeSession(input),
        frames: input.frames.slice(0, 150),
        width: input.width,
        height: input.height,
        fps: input.fps,
      },
    ];
  });
}

function seed(services: Services): number {
  const samples = walks();
  const people = ['Parent', 'Child A', 'Child B'].map((name, i) =>
    services.people.create({ name, heightCm: [178, 128, 115][i], birthYear: null }),
  );
  const counts = [SESSIONS, OTHER_SESSIONS, OTHER_SESSIONS];
  const day0 = Date.parse('2023-01-01T08:00:00.000Z');
  services.db.transaction(() => {
    for (let n = 0; n < SESSIONS; n++) {
      people.forEach((person, p) => {
        if (n >= counts[p]) return;
        const sample = samples[(n + p) % samples.length];
        const saved = services.sessions.saveImported(
          {
            personId: person.id,
            model: 'lightning',
            width: sample.width,
            height: sample.height,
            frames: sample.frames,
            direction: sample.analysis.direction,
            analysis: sample.analysis,
            warnings: [],
            startedAt: new Date(day0 + n * 86_400_000 + p * 3_600_000).toISOString(),
            fps: sample.fps,
            durationMs: 60_000,
            originalName: `walk-${n}.mp4`,
            video: { path: `/nonexistent/walk-${n}.mp4`, bytes: 0 },
            videoOwned: false,
          },
          () => `/nonexistent/walk-${n}.mp4`,
        );
        const variant = VARIANTS[n % VARIANTS.length];
        if (variant !== 'flat') services.sessions.update(saved.id, { variant, loadKg: 20 });
        if (n % 97 === 0) services.sessions.trash(saved.id, new Date());
      });
    }
  })();
  return people[0].id;
}

function time<T>(f: () => T): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

export function run(): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'retrowalk-bench-progress-'));
  try {
    let services = createServices({ dataDir: dir, mode: 'browser' });
    const personId = seed(services);
    services.db.pragma('wal_checkpoint(TRUNCATE)');
    const pointCount = services.progress.points(personId, null).length;

    // First call after opening: SQLite's page cache is empty (the OS's file cache is not).
    const firstDb: number[] = [];
    for (let i = 0; i < REOPENS; i++) {
      services.close();
      services = createServices({ dataDir: dir, mode: 'browser' });
      const reopened = services;
      firstDb.push(time(() => reopened.progress.points(personId, null)));
    }
    const progress = () => services.handlers['progress.get']({ personId, variant: null, utcOffsetMin: 0 });
    const dbOnly: number[] = [];
    const whole: number[] = [];
    const oneVariant: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // The database part: the indexed query and decoding each row's metrics JSON into points.
      dbOnly.push(time(() => services.progress.points(personId, null)));
      whole.push(time(progress));
      oneVariant.push(time(() => services.handlers['progress.get']({ personId, variant: 'sled', utcOffsetMin: 0 })));
    }
    // The Sessions screen and Compare's pickers: list items (no analyses) as JSON, as either transport sends them.
    const listMs: number[] = [];
    let listJsonBytes = 0;
    for (let i = 0; i < RUNS; i++)
      listMs.push(
        time(
          () => (listJsonBytes = JSON.stringify(services.handlers['sessions.list']({ personId, trash: false })).length),
        ),
      );
    const bytes = statSync(join(dir, DATABASE_FILE)).size;
    services.close();
    const target = (ms: number) => ({ target: '≤ 100', met: ms <= 100 });
    return [
      {
        section: SECTION,
        metric: `database: ${SESSIONS} sessions of one person (${2 * OTHER_SESSIONS} of others), points returned`,
        value: pointCount,
        unit: 'points',
      },
      { section: SECTION, metric: 'database file size', value: bytes / 1024 ** 2, unit: 'MiB' },
      {
        section: SECTION,
        metric: `progress.get database part (indexed query + metrics decoding), median of ${RUNS}`,
        value: median(dbOnly),
        unit: 'ms',
        ...target(median(dbOnly)),
      },
      {
        section: SECTION,
        metric: `progress.get database part, p95 of ${RUNS}`,
        value: percentile(dbOnly, 0.95),
        unit: 'ms',
        ...target(percentile(dbOnly, 0.95)),
      },
      {
        section: SECTION,
        metric: `progress.get whole handler (+ weekly totals, bests, trend), median of ${RUNS}`,
        value: median(whole),
        unit: 'ms',
      },
      {
        section: SECTION,
        metric: `progress.get whole handler, p95 of ${RUNS}`,
        value: percentile(whole, 0.95),
        unit: 'ms',
      },
      {
        section: SECTION,
        metric: `progress.get one variant (sled), median of ${RUNS}`,
        value: median(oneVariant),
        unit: 'ms',
      },
      {
        section: SECTION,
        metric: `sessions.list, ${SESSIONS} sessions (list items) + JSON, median of ${RUNS}`,
        value: median(listMs),
        unit: 'ms',
      },
      {
        section: SECTION,
        metric: `sessions.list, ${SESSIONS} sessions, p95 of ${RUNS}`,
        value: percentile(listMs, 0.95),
        unit: 'ms',
      },
      {
        section: SECTION,
        metric: `sessions.list, ${SESSIONS} sessions, response size`,
        value: listJsonBytes / 1024 ** 2,
        unit: 'MiB',
      },
      {
        section: SECTION,
        metric: `progress.get database part, first call after opening the database, median of ${REOPENS}`,
        value: median(firstDb),
        unit: 'ms',
        ...target(median(firstDb)),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
