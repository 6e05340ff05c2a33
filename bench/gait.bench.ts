/**
 * Gait analysis: the session analysis of a 10-minute session (18,000 frames at 30 fps) must take
 * ≤ 100 ms; the live tracker's and the per-frame metrics' cost per frame; and the accuracy of the
 * module on the synthetic walker's exact ground truth (test/support/synthetic-gait.ts).
 */
import { analyzeSession, analyzeSessionDetailed, computeFrameMetrics, createLiveGaitTracker } from '../src/shared/gait';
import { synthesizeGait, type SynthMode } from '../test/support/synthetic-gait';
import { applySwaps, stancePhaseSwaps, swapsAtCrossings, type SwapPlan } from '../test/support/inject-swaps';
import { startStopWalk } from '../test/support/start-stop-walk';
import type { GaitAnalysis, PoseFrame } from '../src/shared/gait';
import type { BenchRow } from './types';

const SECTION = 'Gait analysis';
const ACCURACY = 'Gait accuracy (synthetic truth, σ = 1 px noise, 30 fps)';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// start–stop walks: 100 steps/min (0.6 s steps), symmetric
const max = (xs: number[]): number => Math.max(...xs);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A 10-minute session at 30 fps: backward walking on a treadmill with noise, swaps and dropouts. */
function tenMinutes() {
  const swaps: Array<[number, number]> = [];
  const dropouts: Array<[number, number]> = [];
  for (let i = 1000; i < 18_000; i += 1500) {
    swaps.push([i, i + 6]);
    dropouts.push([i + 700, i + 704]);
  }
  return synthesizeGait({
    segments: [{ mode: 'treadmill-backward', duration_s: 600 }],
    noisePx: 1.5,
    seed: 1,
    swaps,
    dropouts,
  }).input;
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
    {
      section: SECTION,
      metric: 'analyzeSession, 18,000 frames (10 min at 30 fps), median of 9',
      value: med,
      unit: 'ms',
      target: '≤ 100',
      met: med <= 100,
    },
    {
      section: SECTION,
      metric: 'analyzeSession, 18,000 frames, fastest of 9 (least disturbed by other load)',
      value: Math.min(...times),
      unit: 'ms',
    },
    { section: SECTION, metric: 'analyzeSession, 18,000 frames, slowest of 9', value: max(times), unit: 'ms' },
    {
      section: SECTION,
      metric: 'live tracker update, per frame',
      value: liveUs,
      unit: 'µs',
      target: '≤ 1000 (a 30-fps frame is 33,333)',
      met: liveUs <= 1000,
    },
    { section: SECTION, metric: 'computeFrameMetrics, per frame', value: frameUs, unit: 'µs' },
  ];
}

const modes: SynthMode[] = ['forward', 'backward', 'treadmill-forward', 'treadmill-backward'];

function accuracy(): BenchRow[] {
  const kneeErr: number[] = [],
    peakErr: number[] = [],
    romErr: number[] = [],
    cadErr: number[] = [];
  const siStep: number[] = [],
    siRom: number[] = [],
    liveKnee: number[] = [];
  let exactSteps = 0,
    cases = 0,
    dirOk = 0,
    dirTotal = 0;
  for (const mode of modes) {
    for (const [ratio, knee] of [
      [1, { left: 65, right: 65 }],
      [1.1, { left: 70, right: 60 }],
      [0.88, { left: 58, right: 72 }],
    ] as const) {
      for (const facing of ['left', 'right'] as const) {
        const seed = 7 + cases;
        const { input, truth } = synthesizeGait({
          segments: [{ mode, duration_s: 24 }],
          facing,
          stepTimeRatio: ratio,
          kneePeakDeg: knee,
          noisePx: 1,
          seed,
        });
        const { analysis: a, series } = analyzeSessionDetailed(input, {});
        cases++;
        if (a.steps.count === truth.steps.count && a.steps.left === truth.steps.left) exactSteps++;
        cadErr.push((100 * Math.abs(a.cadence_spm! - truth.cadence_spm)) / truth.cadence_spm);
        siStep.push(Math.abs(a.symmetry.step_time_si_pct! - truth.stepTimeSi));
        siRom.push(Math.abs(a.symmetry.knee_rom_si_pct! - truth.kneeRomSi));
        const tracker = createLiveGaitTracker({});
        let le = 0,
          lc = 0;
        for (const side of ['left', 'right'] as const) {
          peakErr.push(Math.abs(a.knee.peak_flexion_deg[side]! - truth.kneePeakDeg[side]));
          romErr.push(Math.abs(a.knee.rom_deg[side]! - truth.kneeRomDeg[side]));
          truth.kneeFlexionDeg[side].forEach((v, i) => {
            const m = series!.knee[side][i];
            if (m === m) kneeErr.push(Math.abs(m - v));
          });
        }
        input.frames.forEach((f, i) => {
          const o = tracker.update(f, input);
          for (const side of ['left', 'right'] as const) {
            const v = o[side].kneeFlexionDeg.value;
            if (v != null) {
              le += Math.abs(v - truth.kneeFlexionDeg[side][i]);
              lc++;
            }
          }
        });
        liveKnee.push(le / lc);
        truth.direction.forEach((d, i) => {
          dirTotal++;
          if (series!.labels[i] === d) dirOk++;
        });
      }
    }
  }
  const row = (metric: string, value: number | string, unit: string, target?: string, met?: boolean): BenchRow => ({
    section: ACCURACY,
    metric,
    value,
    unit,
    target,
    met,
  });
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

const SWAPS = 'Gait on swap-injected walks (leg crossings 0.1–0.6 s, stance phases; σ = 1 px)';
const PLANS: Array<Omit<SwapPlan, 'seed'>> = [
  { share: 0.7, duration_s: [0.1, 0.3], parts: 'legs' },
  { share: 0.6, duration_s: [0.2, 0.6], parts: 'ankles' },
  { share: 0.6, duration_s: [0.2, 0.6], parts: 'knees' },
  { share: 1, duration_s: [0.1, 0.6], parts: 'mixed' },
];

interface Truth {
  contacts: Array<{ t_s: number; side: string }>;
  cadence: number;
  si: number;
  knee?: { left: number; right: number };
}

/** Per walk: contact timing errors (frames), exact steps, cadence error (%), SI error, knee peak error. */
function score(
  a: GaitAnalysis,
  truth: Truth,
  fps: number,
  acc: { contactErr: number[]; exact: number; walks: number; cadErr: number[]; siErr: number[]; kneeErr: number[] },
) {
  const found = a.events.filter((e) => e.kind === 'contact');
  acc.walks++;
  const sidesRight = found.length === truth.contacts.length && found.every((c, k) => c.side === truth.contacts[k].side);
  if (sidesRight) acc.exact++;
  for (const c of truth.contacts) {
    const near = found.reduce((m, f) => Math.min(m, Math.abs(f.t_s - c.t_s)), Infinity);
    if (near < 0.25) acc.contactErr.push(near * fps);
  }
  if (a.cadence_spm != null) acc.cadErr.push((100 * Math.abs(a.cadence_spm - truth.cadence)) / truth.cadence);
  if (a.symmetry.step_time_si_pct != null) acc.siErr.push(Math.abs(a.symmetry.step_time_si_pct - truth.si));
  if (truth.knee)
    for (const side of ['left', 'right'] as const) {
      const v = a.knee.peak_flexion_deg[side];
      if (v != null) acc.kneeErr.push(Math.abs(v - truth.knee[side]));
    }
}

function swapAccuracy(): BenchRow[] {
  const acc = {
    contactErr: [] as number[],
    exact: 0,
    walks: 0,
    cadErr: [] as number[],
    siErr: [] as number[],
    kneeErr: [] as number[],
  };
  const swapped = (frames: PoseFrame[], fps: number, j: number, seed: number) =>
    applySwaps(frames, swapsAtCrossings(frames, fps, { ...PLANS[j], seed }));
  let seed = 1;
  for (const mode of modes) {
    for (const fps of [15, 30, 60]) {
      for (const ratio of [1, 1.12]) {
        const { input, truth } = synthesizeGait({
          fps,
          segments: [{ mode, duration_s: 12 }],
          stepTimeRatio: ratio,
          kneePeakDeg: { left: 62, right: 68 },
          noisePx: 1,
          seed: seed++,
        });
        const t: Truth = {
          contacts: truth.contacts,
          cadence: truth.cadence_spm,
          si: truth.stepTimeSi,
          knee: truth.kneePeakDeg,
        };
        for (let j = 0; j < PLANS.length; j++)
          score(analyzeSession({ ...input, frames: swapped(input.frames, fps, j, seed++) }, {}), t, fps, acc);
        score(
          analyzeSession(
            { ...input, frames: applySwaps(input.frames, stancePhaseSwaps(truth.contacts, 'left', fps)) },
            {},
          ),
          t,
          fps,
          acc,
        );
      }
    }
  }
  for (const direction of ['forward', 'backward'] as const) {
    for (const fps of [15, 24, 30, 60]) {
      for (const contacts of [4, 5, 6, 7, 8]) {
        for (const facing of ['left', 'right'] as const) {
          const w = startStopWalk({ direction, facing, fps, contacts, noisePx: 1, seed: seed++ });
          score(
            analyzeSession({ ...w.input, frames: swapped(w.input.frames, fps, 3, seed++) }, {}),
            { contacts: w.contacts, cadence: 100, si: 0 },
            fps,
            acc,
          );
        }
      }
    }
  }
  const row = (metric: string, value: number | string, unit: string, target?: string, met?: boolean): BenchRow => ({
    section: SWAPS,
    metric,
    value,
    unit,
    target,
    met,
  });
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))];
  const exactShare = (100 * acc.exact) / acc.walks;
  return [
    row(`walks (cyclic walker: 4 modes × 3 fps × 2 symmetries × 5 swap kinds; start–stop: 80)`, acc.walks, 'walks'),
    row('steps exact (count and every side)', exactShare, '% of walks', '≥ 95', exactShare >= 95),
    row('contact timing error, median', median(acc.contactErr), 'frames', '≤ 1', median(acc.contactErr) <= 1),
    row('contact timing error, 95th percentile', p95(acc.contactErr), 'frames'),
    row('cadence error, median', median(acc.cadErr), '%', '≤ 2', median(acc.cadErr) <= 2),
    row('cadence error, worst', max(acc.cadErr), '%'),
    row('step-time SI error, median', median(acc.siErr), 'points', '≤ 3', median(acc.siErr) <= 3),
    row('step-time SI error, worst', max(acc.siErr), 'points'),
    row('knee peak flexion error, median (cyclic walker)', median(acc.kneeErr), '°', '≤ 3', median(acc.kneeErr) <= 3),
    row('knee peak flexion error, worst', max(acc.kneeErr), '°'),
  ];
}

export function run(): BenchRow[] {
  return [...speed(), ...accuracy(), ...swapAccuracy()];
}
