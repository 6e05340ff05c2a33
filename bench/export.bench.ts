/**
 * Export of a 10-min session as CSV (18,000 frames, 66 columns) through the real handler on a
 * real SQLite file: total time and the longest stretch the main process's event loop was held
 * (what other requests, a recording's saves or the window wait for), against building the same
 * file in one go.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/main/services';
import { sessionFrameMetrics, sessionFramesCsv } from '../src/shared/export';
import { backwardWalk, recordKeypoints } from '../test/unit/store/recorded-walk';
import type { BenchRow } from './types';

const SECTION = 'Export';
const RUNS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `work` while a ticker measures the longest gap between event-loop turns. */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ totalMs: number; blockMs: number }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  const totalMs = performance.now() - start;
  running = false;
  return { totalMs, blockMs: Math.max(longest, performance.now() - last) };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'retrowalk-bench-export-'));
  const services = createServices({ dataDir: dir, mode: 'browser' });
  try {
    const h = services.handlers;
    const input = backwardWalk(600, 3);
    const person = await h['people.create']({ name: 'Bench', heightCm: 175, birthYear: null });
    const { id } = await recordKeypoints(h, input, {
      personId: person.id,
      startedAt: '2026-03-04T09:30:00.000Z',
      durationMs: 600_000,
      framesPerCall: 600,
    });

    const handler: { totalMs: number; blockMs: number }[] = [];
    const oneGo: number[] = [];
    let bytes = 0;
    for (let r = 0; r < RUNS; r++) {
      handler.push(
        await longestBlock(async () => (bytes = (await h['export.session']({ id, format: 'csv' })).text.length)),
      );
      const frames = services.sessions.frames(id, 'lightning');
      const start = performance.now();
      sessionFramesCsv({ frames, metrics: sessionFrameMetrics(frames, input, 175) });
      oneGo.push(performance.now() - start);
    }
    const row = (metric: string, value: number | string, unit: string): BenchRow => ({
      section: SECTION,
      metric,
      value,
      unit,
    });
    return [
      row('session', `${input.frames.length} frames (10 min at 30 fps), CSV ${(bytes / 1e6).toFixed(1)} MB`, ''),
      row(`export.session csv, total (median of ${RUNS})`, median(handler.map((x) => x.totalMs)), 'ms'),
      row('export.session csv, longest event-loop block', median(handler.map((x) => x.blockMs)), 'ms'),
      row('the same CSV built in one go (one block)', median(oneGo), 'ms'),
    ];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
