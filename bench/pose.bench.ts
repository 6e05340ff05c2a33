/**
 * Section "Pose models": MoveNet in real headless Chromium (playwright-core, /usr/bin/chromium) on
 * real footage from the fake camera, through the app's own pose engine (Web Worker): model load
 * time, ms per frame for each model on each backend, and what the walker tracker adds per frame.
 */
import type { BackendName, ModelName } from '../src/shared/api';
import { createWalkerTracker } from '../src/shared/tracking/walker-tracker';
import type { DetectedPose, PoseModels } from '../src/shared/tracking/types';
import { frameNumberedClip, openPoseHarness, type OpenHarness } from '../test/e2e/support/pose-harness';
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
        const r = await harness.call('timeModel', { model: m.model, backend: b.backend, simd: b.simd, detector: m.detector, runs: 30, budgetMs: 6000 });
        if (m.detector === 'single') rows.push({ section: SECTION, metric: `load ${m.label} + MultiPose, ${b.label}`, value: r.loadMs, unit: 'ms' });
        const label = `${m.label}, ${b.label}${b.backend === 'wasm' && r.simd !== b.simd ? ' (SIMD unavailable)' : ''}`;
        rows.push({ section: SECTION, metric: `${label}: median (${r.ms.length} frames)`, value: median(r.ms), unit: 'ms/frame' });
        rows.push({ section: SECTION, metric: `${label}: p95`, value: quantile(r.ms, 0.95), unit: 'ms/frame' });
      } catch (e) {
        rows.push({ section: SECTION, metric: `${m.label}, ${b.label}`, value: `failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`, unit: '' });
      }
    }
  }
  rows.push({ section: SECTION, metric: 'wasm threads', value: 'not used: nothing to gain on 2 cores, breaks minified builds', unit: '' });
}

/** The live pipeline on the fake camera: Lightning on wasm+SIMD with the walker tracker. */
async function pipelineRows(harness: OpenHarness, rows: BenchRow[]): Promise<void> {
  const r = await harness.call('track', { model: 'lightning', backend: 'wasm', frames: 150 });
  const steady = r.frames.filter((f) => !f.scanned);
  const scans = r.frames.filter((f) => f.scanned);
  rows.push(
    { section: SECTION, metric: 'live Lightning wasm+SIMD: frames tracked per second', value: (1000 * r.frames.length) / r.elapsedMs, unit: 'fps', target: '≥ 30', met: (1000 * r.frames.length) / r.elapsedMs >= 30 },
    { section: SECTION, metric: 'live: camera frames dropped while busy', value: r.dropped, unit: `of ${r.dropped + r.frames.length}` },
    { section: SECTION, metric: 'live: estimate() → result, median', value: median(r.frames.map((f) => f.latencyMs)), unit: 'ms' },
    { section: SECTION, metric: 'live: estimate() → result, p95', value: quantile(r.frames.map((f) => f.latencyMs), 0.95), unit: 'ms' },
    { section: SECTION, metric: 'tracker + masking overhead in worker (non-scan frames), median', value: median(steady.map((f) => f.workerMs - f.inferenceMs)), unit: 'ms/frame' },
    { section: SECTION, metric: 'scan frames (MultiPose + single-pose)', value: scans.length, unit: `of ${r.frames.length}` },
    { section: SECTION, metric: 'scan frame worker time, median', value: scans.length ? median(scans.map((f) => f.workerMs)) : null, unit: 'ms' },
  );
}

/** The tracker's own logic per frame, in Node with models that answer instantly. */
async function trackerLogicRow(): Promise<BenchRow> {
  const person = (x: number, feetY: number, h: number): DetectedPose => {
    const keypoints = Array.from({ length: 17 }, (_, i) => [x + (i % 2 ? 5 : -5), feetY - h * (1 - i / 17), 0.8] as const);
    return { keypoints, score: 0.8, box: { x: x - 5, y: feetY - h, width: 10, height: h } };
  };
  const scene = (t: number) => [person(230, 222, 135), person(600 - 0.11 * t, 392, 150)];
  const models: PoseModels<number> = {
    detectAll: async (t) => scene(t),
    detectOne: async (t) => scene(t)[1],
    resetSingle: () => undefined,
  };
  const tracker = createWalkerTracker(models);
  const frames = 20_000;
  const start = performance.now();
  for (let i = 0; i < frames; i += 1) await tracker.track(i % 150, { width: 640, height: 480 }, i * 33.3);
  return { section: SECTION, metric: 'walker tracker logic alone (Node, instant models)', value: ((performance.now() - start) / frames) * 1000, unit: 'µs/frame' };
}
