/**
 * Section "Pose models": MoveNet in real headless Chromium (playwright-core, /usr/bin/chromium) on
 * real footage from the fake camera, through the app's own pose engine (Web Workers): model load
 * time, ms per frame for each model on each backend, the engine's live path (where each frame's
 * time goes, scans in a second worker versus inline), and what the walker tracker adds per frame.
 */
import { loadavg } from 'node:os';
import type { BackendName, ModelName } from '../src/shared/api';
import { createWalkerTracker } from '../src/shared/tracking/walker-tracker';
import type { DetectedPose, PoseModels } from '../src/shared/tracking/types';
import { frameNumberedClip, openPoseHarness, type OpenHarness } from '../test/e2e/support/pose-harness';
import type { PoseHarness } from '../test/e2e/support/pose-harness/main';
import type { BenchRow } from './types';

const SECTION = 'Pose models';
const BACKENDS: Array<{ label: string; backend: BackendName; simd: boolean }> = [
  { label: 'wasm+SIMD', backend: 'wasm', simd: true },
  { label: 'wasm (no SIMD)', backend: 'wasm', simd: false },
  { label: 'webgl (SwiftShader here)', backend: 'webgl', simd: false },
  { label: 'cpu', backend: 'cpu', simd: false },
];
const MODELS: Array<{ label: string; model: ModelName; detector: 'single' | 'multi' }> = [
  { label: 'Lightning', model: 'lightning', detector: 'single' },
  { label: 'Thunder', model: 'thunder', detector: 'single' },
  { label: 'MultiPose Lightning', model: 'lightning', detector: 'multi' },
];

const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (v: number[]): number => quantile(v, 0.5);
const PIPELINE_RUNS = 2;
type TrackRun = Awaited<ReturnType<PoseHarness['track']>>;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const harness = await openPoseHarness(frameNumberedClip('sports2d-walk.mp4'));
  try {
    await modelRows(harness, rows);
    await pipelineRows(harness, rows);
  } finally {
    await harness.close();
  }
  rows.push(await trackerLogicRow());
  return rows;
}

async function modelRows(harness: OpenHarness, rows: BenchRow[]): Promise<void> {
  for (const b of BACKENDS) {
    for (const m of MODELS) {
      try {
        const r = await harness.call('timeModel', {
          model: m.model,
          backend: b.backend,
          simd: b.simd,
          detector: m.detector,
          runs: 30,
          budgetMs: 6000,
        });
        if (m.detector === 'single')
          rows.push({
            section: SECTION,
            metric: `load ${m.label} + MultiPose, ${b.label}`,
            value: r.loadMs,
            unit: 'ms',
          });
        const label = `${m.label}, ${b.label}${b.backend === 'wasm' && r.simd !== b.simd ? ' (SIMD unavailable)' : ''}`;
        rows.push({
          section: SECTION,
          metric: `${label}: median (${r.ms.length} frames)`,
          value: median(r.ms),
          unit: 'ms/frame',
        });
        rows.push({ section: SECTION, metric: `${label}: p95`, value: quantile(r.ms, 0.95), unit: 'ms/frame' });
      } catch (e) {
        rows.push({
          section: SECTION,
          metric: `${m.label}, ${b.label}`,
          value: `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
          unit: '',
        });
      }
    }
  }
  rows.push({
    section: SECTION,
    metric: 'wasm threads',
    value: 'not used: nothing to gain on 2 cores, breaks minified builds',
    unit: '',
  });
}

/**
 * The engine's live path on the fake camera (Lightning, wasm+SIMD, walker tracker), with the
 * MultiPose scans in the second worker and, for comparison, inline in the pose worker; runs
 * alternate so both see the same load from the rest of the machine.
 */
async function pipelineRows(harness: OpenHarness, rows: BenchRow[]): Promise<void> {
  const runs: Record<'worker' | 'inline', TrackRun[]> = { worker: [], inline: [] };
  const loads: number[] = [];
  for (let i = 0; i < PIPELINE_RUNS; i += 1) {
    for (const scans of ['worker', 'inline'] as const) {
      loads.push(loadavg()[0]);
      runs[scans].push(await harness.call('track', { model: 'lightning', backend: 'wasm', frames: 150, scans }));
    }
  }
  const row = (metric: string, value: number | string | null, unit: string, extra: Partial<BenchRow> = {}) =>
    rows.push({ section: SECTION, metric, value, unit, ...extra });
  row(
    `live pipeline runs: ${PIPELINE_RUNS} × 150 frames each way, load average (1 min) during`,
    `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
    '',
  );
  for (const scans of ['worker', 'inline'] as const) {
    const label = scans === 'worker' ? 'scans in 2nd worker' : 'scans inline in the pose worker';
    const frames = runs[scans].flatMap((r) => r.frames.slice(5)); // after the engine's first frames
    const fps = median(runs[scans].map((r) => (1000 * r.frames.length) / r.elapsedMs));
    const steady = frames.filter((f) => !f.scanned);
    const scanned = frames.filter((f) => f.scanned);
    const dropped = runs[scans].reduce((n, r) => n + r.dropped, 0);
    row(`${label}: results per second (median run)`, fps, 'fps', { target: '≥ 30', met: fps >= 30 });
    row(
      `${label}: camera frames dropped while busy`,
      dropped,
      `of ${dropped + runs[scans].reduce((n, r) => n + r.frames.length, 0)}`,
    );
    row(`${label}: video frame → result on the UI thread, median`, median(frames.map((f) => f.frameToResultMs)), 'ms');
    row(
      `${label}: video frame → result on the UI thread, p95`,
      quantile(
        frames.map((f) => f.frameToResultMs),
        0.95,
      ),
      'ms',
    );
    row(`${label}: estimate() → result, median`, median(frames.map((f) => f.latencyMs)), 'ms');
    row(`${label}: UI thread createImageBitmap(video), median`, median(frames.map((f) => f.grabMs)), 'ms');
    row(
      `${label}: pose worker per frame, median / p95`,
      `${median(frames.map((f) => f.workerMs)).toFixed(1)} / ${quantile(
        frames.map((f) => f.workerMs),
        0.95,
      ).toFixed(1)}`,
      'ms',
    );
    row(
      `${label}: of which single-pose (region → model input, model, smoothing), median`,
      median(frames.map((f) => f.inferenceMs)),
      'ms',
    );
    row(
      `${label}: tracker + scan hand-off in the pose worker (non-scan frames), median`,
      median(steady.map((f) => f.workerMs - f.inferenceMs)),
      'ms',
    );
    row(
      `${label}: MultiPose scan time, median (${scanned.length} scans)`,
      scanned.length ? median(scanned.map((f) => f.scanMs)) : null,
      'ms',
    );
  }
}

/** The tracker's own logic per frame, in Node with models that answer instantly. */
async function trackerLogicRow(): Promise<BenchRow> {
  const person = (x: number, feetY: number, h: number): DetectedPose => {
    const keypoints = Array.from(
      { length: 17 },
      (_, i) => [x + (i % 2 ? 5 : -5), feetY - h * (1 - i / 17), 0.8] as const,
    );
    return { keypoints, score: 0.8, box: { x: x - 5, y: feetY - h, width: 10, height: h } };
  };
  const scene = (t: number) => [person(230, 222, 135), person(600 - 0.11 * t, 392, 150)];
  const models: PoseModels<number> = {
    detectAll: (t) => Promise.resolve(scene(t)),
    detectOne: (t) => Promise.resolve(scene(t)[1]),
    resetSingle: () => undefined,
  };
  const tracker = createWalkerTracker(models);
  const frames = 20_000;
  const start = performance.now();
  for (let i = 0; i < frames; i += 1) await tracker.track(i % 150, { width: 640, height: 480 }, i * 33.3);
  return {
    section: SECTION,
    metric: 'walker tracker logic alone (Node, instant models)',
    value: ((performance.now() - start) / frames) * 1000,
    unit: 'µs/frame',
  };
}
