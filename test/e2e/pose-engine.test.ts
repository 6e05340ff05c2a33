/**
 * The pose engine (MoveNet + walker tracker in a Web Worker) in real Chromium on a fake camera
 * playing real footage, sports2d-walk.mp4: a woman walks right to left across a park while a man
 * does jumping jacks on a concrete box. Single-pose MoveNet alone follows the man; the engine must
 * follow her.
 *
 * Where each person is, read by eye off frames extracted with
 * `ffmpeg -i ../shared/footage/sports2d-walk.mp4 -vf fps=5 %03d.png` (640×480, picture between
 * y≈60 and y≈420; png n is clip frame 6(n−1) at 30 fps):
 * - the man stands on the box at x≈190–280, feet y≈225, hips y≈150, until he flips off it (~5.6 s)
 *   and lands bottom right (~6.6 s);
 * - the woman is whole in the picture from ~1.8 s to ~6.2 s, feet y≈390, hips y≈320; her hips'
 *   x at clip frames 54, 84, 144, 180 (png 010, 015, 025, 031) read 515, 425, 205, 65.
 * Each camera frame carries its clip frame number (see support/pose-harness.ts), so every result
 * is checked against where she is in that very frame.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keypoint } from '../../src/shared/pose/types';
import { AGREEMENT_PX, chooseFastestBackend, keypointGapPx } from '../../src/renderer/src/app/backend-choice';
import { frameNumberedClip, openPoseHarness, type OpenHarness } from './support/pose-harness';
import type { TrackedFrame } from './support/pose-harness/main';

const WOMAN_HIP_X: Array<[clipFrame: number, x: number]> = [
  [54, 515],
  [84, 425],
  [144, 205],
  [180, 65],
];
/** Clip frames where she is whole in view. */
const IN_VIEW = { from: 54, to: 180 };
/** A third of her height in the picture (~150 px). */
const TOLERANCE_PX = 45;
/**
 * Results (processed frames, not time) the tracker may take to find her once she is in view: a calm
 * scene is scanned every 2 s of frame time, then once more 200 ms later to see her walk; 2.5 s at
 * 30 processed frames a second. A slower machine processes fewer frames in that time, never more.
 */
const FIND_WITHIN = 75;
/** Results per run of the engine (a fresh engine each): 10–25 s at the 8.1–19.5 results/s measured. */
const RESULTS_PER_RUN = 200;
/**
 * Results with a skeleton, from finding her to the end of her pass, that the shares are taken over:
 * one wrong result moves the share on her by at most 2.5 %. A loaded machine processes fewer results
 * of each pass and finds her later in it, so more runs are needed to gather them; counted in results,
 * never in time.
 */
const JUDGED_AT_LEAST = 40;
const MAX_RUNS = 6;
/**
 * Of those, the share on her (hips within TOLERANCE_PX of hers). Measured 1.000 in each of 35 runs of
 * 200–400 results (5 of them this test's, after the tracker's latest change): 2 281 results with a
 * skeleton, none off her (load average 11–25 on 2 cores, 12 runs with two `yes` hogs besides). With
 * the single-pose keypoints mapped back from its crop wrongly, 0.24 (4 of 17). 0.95 leaves room for 2
 * stray results in 40 and fails when 1 in 20 is off her.
 */
const ON_HER_AT_LEAST = 0.95;

function womanHipX(clipFrame: number): number {
  const i = WOMAN_HIP_X.findIndex(([f]) => f >= clipFrame);
  const [[f0, x0], [f1, x1]] = [WOMAN_HIP_X[Math.max(0, i - 1)], WOMAN_HIP_X[Math.max(1, i)]];
  return x0 + ((x1 - x0) * (clipFrame - f0)) / (f1 - f0);
}

const hip = (k: Keypoint[]): [number, number] => [(k[11][0] + k[12][0]) / 2, (k[11][1] + k[12][1]) / 2];

function onHer(f: TrackedFrame): boolean {
  if (!f.keypoints) return false;
  const [x, y] = hip(f.keypoints);
  return Math.abs(x - womanHipX(f.clipFrame)) <= TOLERANCE_PX && y > 270 && y < 370;
}

/**
 * The results of each pass through the looping clip (a pass ends where the clip frame goes back)
 * that are in view of her; `whole` when the run saw her come into view and leave it.
 */
function passesInView(frames: TrackedFrame[]): { results: TrackedFrame[]; whole: boolean }[] {
  const passes: TrackedFrame[][] = [];
  frames.forEach((f, i) => {
    if (i === 0 || f.clipFrame < frames[i - 1].clipFrame) passes.push([]);
    passes[passes.length - 1].push(f);
  });
  return passes.map((pass) => ({
    results: pass.filter((f) => f.clipFrame >= IN_VIEW.from && f.clipFrame <= IN_VIEW.to),
    whole: pass[0].clipFrame < IN_VIEW.from && pass[pass.length - 1].clipFrame >= IN_VIEW.to,
  }));
}

describe('pose engine in Chromium on the fake camera', () => {
  let harness: OpenHarness;
  beforeAll(async () => {
    harness = await openPoseHarness(frameNumberedClip('sports2d-walk.mp4'));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('finds the walking woman, not the man on the box, and stays on her with confident knees', async () => {
    // Counted in processed frames, never in time: a slow machine processes fewer frames of each pass
    // through the clip, and the tracker takes fewer of them to find her.
    const afterFound: TrackedFrame[] = [];
    // A frame where the tracker lost her (no skeleton, until the next scan finds her again) says
    // nothing about whom it follows, and comes more often where frames arrive further apart.
    const drawn = () => afterFound.filter((f) => f.keypoints !== null);
    const report: string[] = [];
    for (let n = 1; n <= MAX_RUNS && drawn().length < JUDGED_AT_LEAST; n += 1) {
      const run = await harness.call('track', { model: 'lightning', backend: 'wasm', frames: RESULTS_PER_RUN });
      expect(run.backend).toBe('wasm');
      report.push(`run ${n}: ${(run.frames.length / (run.elapsedMs / 1000)).toFixed(1)} results/s`);
      for (const { results, whole } of passesInView(run.frames)) {
        const found = results.findIndex(onHer);
        report.push(`found at result ${found} of ${results.length} in view${whole ? '' : ' (part of a pass)'}`);
        if (found < 0 && !whole) continue; // the run started or ended while she was in view
        expect(found, `not found in a pass through the clip: ${report.join('; ')}`).toBeGreaterThanOrEqual(0);
        expect(found, report.join('; ')).toBeLessThanOrEqual(FIND_WITHIN);
        afterFound.push(...results.slice(found));
      }
    }
    const judged = drawn();
    const stayed = judged.filter(onHer);
    const kneesConfident = stayed.filter((f) => f.keypoints![13][2] > 0.3 && f.keypoints![14][2] > 0.3);
    console.log(
      `pose engine: ${report.join('; ')}; once found ${afterFound.length} results, ${judged.length} with a skeleton, ` +
        `${stayed.length} on her, ${kneesConfident.length} of those with both knee scores > 0.3`,
    );
    expect(
      judged.length,
      `too few results once found (${report.join('; ')}):\n${harness.console.join('\n')}`,
    ).toBeGreaterThanOrEqual(JUDGED_AT_LEAST);
    expect(stayed.length / judged.length).toBeGreaterThanOrEqual(ON_HER_AT_LEAST);
    expect(kneesConfident.length / stayed.length).toBeGreaterThanOrEqual(0.7);
  });

  it('runs the MultiPose scans beside the single-pose path, not in it', async () => {
    const run = await harness.call('track', { model: 'lightning', backend: 'wasm', frames: 90 });
    const scanned = run.frames.filter((f) => f.scanned);
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
    const frameMs = median(scanned.map((f) => f.workerMs));
    const scanMs = median(scanned.map((f) => f.scanMs));
    console.log(
      `scans: ${scanned.length} in ${run.frames.length} results; pose worker on those frames ${frameMs.toFixed(1)} ms, the scans ${scanMs.toFixed(1)} ms`,
    );
    expect(scanned.length).toBeGreaterThanOrEqual(2);
    // Inline, a frame that scans would take the scan's time and more; in the scan worker it does not.
    expect(frameMs).toBeLessThan(scanMs);
  });

  it('never queues more than one frame: a newer frame replaces the waiting one', async () => {
    const outcomes = await harness.call('burst', { model: 'lightning', backend: 'wasm', count: 5 });
    // Frame 0 goes to the worker; 1, 2 and 3 each wait until a newer one replaces them; 4 runs next.
    expect(outcomes).toEqual(['result for 0', 'dropped', 'dropped', 'dropped', 'result for 4']);
  });

  it('times every backend it can start, explains the ones it cannot, and keeps the fastest that agrees', async () => {
    const measured = await harness.call('measureBackendsOnCamera', 'lightning');
    console.log(
      'backends:',
      measured
        .map((m) => `${m.backend} ${m.msPerFrame?.toFixed(1) ?? m.error} ms, ${m.keypoints?.length ?? 0} keypoints`)
        .join('; '),
    );
    expect(measured.map((m) => m.backend).sort()).toEqual(['cpu', 'wasm', 'webgl', 'webgpu']);
    for (const m of measured) {
      if (m.msPerFrame === null) expect(m.error).toMatch(new RegExp(m.backend));
      else expect(m.msPerFrame).toBeGreaterThan(0);
    }
    // this machine's software renderers: WASM, SwiftShader's WebGL and the CPU reference all run
    const ran = measured.filter((m) => m.msPerFrame !== null);
    expect(ran.map((m) => m.backend).sort()).toEqual(['cpu', 'wasm', 'webgl']);
    const reference = ran.find((m) => m.backend === 'cpu')!.keypoints!;
    // a person in the frame: the agreement is judged on confident keypoints
    expect(reference.filter((k) => k[2] >= 0.3).length).toBeGreaterThanOrEqual(8);
    const gaps = ran.map((m) => [m.backend, keypointGapPx(m.keypoints ?? null, reference)] as const);
    console.log(`keypoints off the CPU reference (px): ${gaps.map(([b, g]) => `${b} ${g.toFixed(3)}`).join(', ')}`);
    for (const [, gap] of gaps) expect(gap).toBeLessThanOrEqual(AGREEMENT_PX);
    const fastest = ran.reduce((a, b) => (b.msPerFrame! < a.msPerFrame! ? b : a));
    expect(chooseFastestBackend(measured)?.backend).toBe(fastest.backend);
    // a backend whose keypoints are off is passed over however fast it is
    const broken = measured.map((m) =>
      m.backend === fastest.backend
        ? { ...m, keypoints: m.keypoints!.map(([x, y, s]): [number, number, number] => [x + 2, y, s]) }
        : m,
    );
    const choice = chooseFastestBackend(broken)!;
    expect(choice.backend).not.toBe(fastest.backend);
    expect(choice.disagreeing[fastest.backend]).toBeCloseTo(2, 1);
  });
});
