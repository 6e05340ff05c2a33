/**
 * Gait analysis: the session analysis of a 10-minute session (18,000 frames at 30 fps) must take
 * ≤ 100 ms; the live tracker's and the per-frame metrics' cost per frame; and the accuracy of the
 * module on the synthetic walker's exact ground truth (test/support/synthetic-gait.ts).
 */
import { analyzeSession, analyzeSessionDetailed, computeFrameMetrics, createLiveGaitTracker } from '../src/shared/gait';
import { synthesizeGait, type SynthMode } from '../test/support/synthetic-gait';
import type { BenchRow } from './types';

const SECTION = 'Gait analysis';
const ACCURACY = 'Gait accuracy (synthetic truth, σ = 1 px noise, 30 fps)';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]): number => Math.max(...xs);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A 10-minute session at 30 fps: backward walking on a treadmill with noise, swaps and dropouts. */
function tenMinutes() {
  const swaps: Array<[number, number]> = [];
  const dropouts: Array<[number, number]> = [];
  for (let i = 1000; i < 18_000; i += 1500) { swaps.push([i, i + 6]); dropouts.push([i + 700, i + 704]); }
  return synthesizeGait({ segments: [{ mode: 'treadmill-backward', duration_s: 600 }], noisePx: 1.5, seed: 1, swaps, dropouts }).input;
}

function speed(): BenchRow[] {
  const input = tenMinutes();
  for (let k = 0; k < 3; k++) analyzeSession(input, { heightCm: 170 }); // warm up the JIT
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const t0 = performance.now();
    analyzeSession(input, { heightCm: 170 });
    times.push(performance.now() - t0);
  }
  const med = median(times);
  const tracker = createLiveGaitTracker({ heightCm: 170 });
  const frames = input.frames.slice(0, 3000);
  for (const f of frames) tracker.update(f, input);
  tracker.reset();
  const t0 = performance.now();
  for (const f of frames) tracker.update(f, input);
  const liveUs = ((performance.now() - t0) * 1000) / frames.length;
  const t1 = performance.now();
  for (const f of frames) computeFrameMetrics(f.keypoints, f.t, { heightCm: 170 });
  const frameUs = ((performance.now() - t1) * 1000) / frames.length;
  return [
    { section: SECTION, metric: 'analyzeSession, 18,000 frames (10 min at 30 fps), median of 9', value: med, unit: 'ms', target: '≤ 100', met: med <= 100 },
    { section: SECTION, metric: 'analyzeSession, 18,000 frames, fastest of 9 (least disturbed by other load)', value: Math.min(...times), unit: 'ms' },
    { section: SECTION, metric: 'analyzeSession, 18,000 frames, slowest of 9', value: max(times), unit: 'ms' },
    { section: SECTION, metric: 'live tracker update, per frame', value: liveUs, unit: 'µs', target: '≤ 1000 (a 30-fps frame is 33,333)', met: liveUs <= 1000 },
    { section: SECTION, metric: 'computeFrameMetrics, per frame', value: frameUs, unit: 'µs' },
  ];
}

const modes: SynthMode[] = ['forward', 'backward', 'treadmill-forward', 'treadmill-backward'];

function accuracy(): BenchRow[] {
  const kneeErr: number[] = [], peakErr: number[] = [], romErr: number[] = [], cadErr: number[] = [];
  const siStep: number[] = [], siRom: number[] = [], liveKnee: number[] = [];
  let exactSteps = 0, cases = 0, dirOk = 0, dirTotal = 0;
  for (const mode of modes) {
    for (const [ratio, knee] of [[1, { left: 65, right: 65 }], [1.1, { left: 70, right: 60 }], [0.88, { left: 58, right: 72 }]] as const) {
      for (const facing of ['left', 'right'] as const) {
        const seed = 7 + cases;
        const { input, truth } = synthesizeGait({ segments: [{ mode, duration_s: 24 }], facing, stepTimeRatio: ratio, kneePeakDeg: knee, noisePx: 1, seed });
        const { analysis: a, series } = analyzeSessionDetailed(input, {});
        cases++;
        if (a.steps.count === truth.steps.count && a.steps.left === truth.steps.left) exactSteps++;
        cadErr.push((100 * Math.abs(a.cadence_spm! - truth.cadence_spm)) / truth.cadence_spm);
        siStep.push(Math.abs(a.symmetry.step_time_si_pct! - truth.stepTimeSi));
        siRom.push(Math.abs(a.symmetry.knee_rom_si_pct! - truth.kneeRomSi));
        const tracker = createLiveGaitTracker({});
        let le = 0, lc = 0;
        for (const side of ['left', 'right'] as const) {
          peakErr.push(Math.abs(a.knee.peak_flexion_deg[side]! - truth.kneePeakDeg[side]));
          romErr.push(Math.abs(a.knee.rom_deg[side]! - truth.kneeRomDeg[side]));
          truth.kneeFlexionDeg[side].forEach((v, i) => { const m = series!.knee[side][i]; if (m === m) kneeErr.push(Math.abs(m - v)); });
        }
        input.frames.forEach((f, i) => {
          const o = tracker.update(f, input);
          for (const side of ['left', 'right'] as const) { const v = o[side].kneeFlexionDeg.value; if (v != null) { le += Math.abs(v - truth.kneeFlexionDeg[side][i]); lc++; } }
        });
        liveKnee.push(le / lc);
        truth.direction.forEach((d, i) => { dirTotal++; if (series!.labels[i] === d) dirOk++; });
      }
    }
  }
  const row = (metric: string, value: number | string, unit: string, target?: string, met?: boolean): BenchRow => ({ section: ACCURACY, metric, value, unit, target, met });
  return [
    row(`knee flexion per frame, mean abs error (${cases} walks)`, mean(kneeErr), '°', '≤ 1', mean(kneeErr) <= 1),
    row('knee peak flexion per leg, worst abs error', max(peakErr), '°', '≤ 1', max(peakErr) <= 1),
    row('knee range of motion per leg, worst abs error', max(romErr), '°'),
    row('step count exact', `${exactSteps}/${cases}`, 'walks', 'all', exactSteps === cases),
    row('cadence, worst error', max(cadErr), '%', '≤ 2', max(cadErr) <= 2),
    row('step-time SI, worst abs error', max(siStep), 'points', '≤ 2', max(siStep) <= 2),
    row('knee-range SI, worst abs error', max(siRom), 'points', '≤ 2', max(siRom) <= 2),
    row('direction right, share of frames', (100 * dirOk) / dirTotal, '%', '≥ 99', dirOk / dirTotal >= 0.99),
    row('live tracker knee flexion, mean abs error', mean(liveKnee), '°'),
  ];
}

export async function run(): Promise<BenchRow[]> {
  return [...speed(), ...accuracy()];
}
