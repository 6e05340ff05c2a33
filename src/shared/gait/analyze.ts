/**
 * Session analysis (issue 3), a pipeline like Sports2D's:
 *   keypoints → swap repair → gap bridging → zero-lag low-pass → scale, facing, direction
 *   → gait events → steps → per-step angles → summaries, symmetry, balance → rounded JSON.
 * Frames without a person, or keypoints under the score threshold, are never turned into numbers:
 * short gaps are bridged for event timing only, and per-frame angles are taken only where the
 * keypoints were confident.
 */
import { KP } from '../pose/keypoints';
import { gradeBalance, type BalanceInputs } from './balance';
import { DEFAULT_MIN_SCORE, DIRECTION_WINDOW_S, FOREFOOT_SHANKS, KP_STRIDE, LOWPASS_HZ, MAX_GAP_S } from './constants';
import { directionCues, directionLabel, FACING_MIN } from './direction';
import { detectGaitEvents, type DetectedEvent, type WalkRange } from './events';
import { applyLegIdentity, assignSides } from './leg-identity';
import { detectStepEvents } from './step-events';
import { facingVoteInto } from './facing';
import { defaultPadlen, filtfiltSeries, lowpass, zeroLagLowpass } from './butterworth';
import { kneeFlexionDeg, kneePastToeDeg, kneePastToePx, toeX, toeY, trunkLeanDeg } from './geometry';
import { repairLegSwaps } from './swaps';
import { cmPerPx, estimateShankPx, statureFromShank } from './scale';
import { directionRuns, overallDirection, type Run } from './segments';
import { buildSteps, cadence, inferMissingContacts, MAX_STEP_S, trimmed, type StepTiming } from './steps';
import { framesToBuffer, fillGaps, mean, median, midX, midY, movingAverage, percentile, std } from './series';
import { symmetryIndex } from './symmetry';
import { round1, round2, roundAnalysis } from './round';
import { viewFromRatio, widthRatio } from './view';
import { dropBorderKeypoints, keepLongestPerson } from './track-checks';
import type { CameraView, DirectionSegment, Facing, GaitAnalysis, GaitEvent, GaitOptions, PoseFrame, Side, StepRecord, WalkDirection } from './types';

export interface SessionInput { fps: number; width: number; height: number; frames: PoseFrame[] }

/** Keypoints the analysis reads after filtering (eyes, elbows and wrists are not used). */
const USED_KEYPOINTS = [
  KP.nose, KP.leftEar, KP.rightEar, KP.leftShoulder, KP.rightShoulder,
  KP.leftHip, KP.rightHip, KP.leftKnee, KP.rightKnee, KP.leftAnkle, KP.rightAnkle,
];
/** Leg keypoints whose labels follow the feet's identity. */
const LEG_KEYPOINTS = [KP.leftKnee, KP.rightKnee, KP.leftAnkle, KP.rightAnkle];
/** A walking range whose both ankles are seen on at least this share of frames gets label-free events. */
const BOTH_ANKLES_SHARE = 0.6;
const LEG = {
  left: { hip: KP.leftHip, knee: KP.leftKnee, ankle: KP.leftAnkle },
  right: { hip: KP.rightHip, knee: KP.rightKnee, ankle: KP.rightAnkle },
} as const;

/** Internal per-frame series, exposed for tests and the live screen's session replay. */
export interface SessionSeries {
  t: Float64Array;
  facing: Float64Array;
  labels: WalkDirection[];
  knee: Record<Side, Float64Array>;
  kneePastToeDeg: Record<Side, Float64Array>;
  /** Knee-past-toe distance in px. */
  kneePastToePx: Record<Side, Float64Array>;
  trunkLeanDeg: Float64Array;
  shankPx: number;
  /** Repaired leg-swap parity per frame (see repairLegSwaps). */
  swapParity: Uint8Array;
  /** Direction cues per frame (see direction.ts). */
  cues: { travel: Float64Array; stance: Float64Array; activity: Float64Array };
  /**
   * The keypoints every per-frame number is taken from (n × 51, as framesToBuffer): low-passed,
   * each leg's points by the feet's identity, NaN where the model was not confident. Per-frame
   * metrics of this buffer (metricsFromBuffer, with `facing` and `shankPx`) are the analysis' own.
   */
  keypoints: Float64Array;
}

export function analyzeSession(input: SessionInput, opts: GaitOptions = {}): GaitAnalysis {
  return analyzeSessionDetailed(input, opts).analysis;
}

export function analyzeSessionDetailed(input: SessionInput, opts: GaitOptions = {}): { analysis: GaitAnalysis; series: SessionSeries | null } {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const heightCm = opts.heightCm && opts.heightCm > 0 ? opts.heightCm : null;
  const frames = Array.isArray(input?.frames) ? input.frames : [];
  const buf = framesToBuffer(frames, minScore);
  const { n, data: d, t, present } = buf;
  const fps = input?.fps > 0 ? input.fps : 30;
  for (let i = 0; i < n; i++) if (!Number.isFinite(t[i])) t[i] = i / fps;
  // 0. what must not become numbers: points on the image border, other people the track jumped to
  dropBorderKeypoints(buf, input?.width, input?.height);
  const split = keepLongestPerson(buf, statureFromShank(estimateShankPx(d, n)));
  const fs = samplingRate(t, fps);
  const duration = n > 0 ? t[n - 1] - t[0] + 1 / fs : 0;

  // Quality on the raw keypoints: a confident frame has a hip and one whole leg.
  let confident = 0;
  for (let i = 0; i < n; i++) if (frameConfident(d, i * KP_STRIDE)) confident++;
  const shankPx = estimateShankPx(d, n);
  const base = emptyAnalysis(n, confident, heightCm);
  base.quality.duration_s = duration;
  if (n === 0 || !(shankPx > 0) || confident < 3) return { analysis: roundAnalysis(base), series: null };

  // 1. leg swaps, on the raw keypoints; `raw` keeps them unfiltered for the label-free events
  const swaps = repairLegSwaps(d, n, { shankPx });
  const raw = d.slice();
  const mask = new Uint8Array(n * 17);
  for (let i = 0; i < n; i++) for (let k = 0; k < 17; k++) mask[i * 17 + k] = d[i * KP_STRIDE + k * 3 + 2] > 0 ? 1 : 0;

  // 2. bridge short gaps, 3. zero-lag low-pass
  const maxGap = Math.max(1, Math.round(MAX_GAP_S * fs));
  const coef = zeroLagLowpass(LOWPASS_HZ, fs);
  const padlen = defaultPadlen(fs, LOWPASS_HZ);
  for (const k of USED_KEYPOINTS) {
    for (let c = 0; c < 2; c++) {
      fillGaps(d, k * 3 + c, KP_STRIDE, n, maxGap);
      filtfiltSeries(coef, d, k * 3 + c, KP_STRIDE, n, padlen);
    }
  }
  const stature = statureFromShank(shankPx);
  const half = Math.max(2, Math.round((DIRECTION_WINDOW_S / 2) * fs));

  // 4. facing, smoothed over the window
  const fnum = new Float64Array(n), fden = new Float64Array(n);
  const ratio = new Float64Array(n);
  const v = { score: 0, weight: 0 };
  for (let i = 0; i < n; i++) {
    const o = i * KP_STRIDE;
    facingVoteInto(d, o, shankPx, v);
    fnum[i] = v.score * v.weight;
    fden[i] = v.weight;
    ratio[i] = present[i] ? widthRatio(d, o) : NaN;
  }
  const fnA = movingAverage(fnum, half), fdA = movingAverage(fden, half);
  const facing = new Float64Array(n);
  for (let i = 0; i < n; i++) facing[i] = fdA[i] > 0 ? fnA[i] / fdA[i] : 0;
  const Fsign = (i: number) => (facing[i] > FACING_MIN ? 1 : facing[i] < -FACING_MIN ? -1 : 0);

  // 5. direction per frame, turns, segments
  const cues = directionCues(d, n, t, stature, half);
  const labels: WalkDirection[] = new Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = !present[i] || cues.pelvisX[i] !== cues.pelvisX[i]
      ? 'unknown'
      : directionLabel(facing[i], cues.travel[i], cues.stance[i], cues.activity[i]);
  }
  markTurns(labels, facing, t);
  // 6. walking ranges and gait events; a "walking" stretch in which fewer than two foot contacts
  // are found is not walking (a leg swinging while balancing, a shift of weight): it becomes standing
  const pelvisX = cues.pelvisX;
  let { runs, ranges } = walkRanges(labels, facing, t, present, half);
  let found = findEvents(raw, n, t, fs, pelvisX, ranges, shankPx);
  let relabelled = false;
  for (const r of ranges) {
    const contacts = found.events.filter((e) => e.kind === 'contact' && e.frame >= r.start && e.frame < r.end).length;
    if (contacts < 2) {
      for (let i = r.core[0]; i < r.core[1]; i++) labels[i] = 'standing';
      relabelled = true;
    }
  }
  if (relabelled) {
    ({ runs, ranges } = walkRanges(labels, facing, t, present, half));
    found = findEvents(raw, n, t, fs, pelvisX, ranges, shankPx);
  }
  const segments: DirectionSegment[] = runs.map((r) => ({
    start_s: t[r.start],
    end_s: r.end < n ? t[r.end] : t[n - 1] + 1 / fs,
    direction: r.label,
  }));
  const events = found.events;
  // each leg's keypoints follow the feet's identity from here on
  const identity = applyLegIdentity(raw, n, events, found.labelFree, shankPx);
  for (const k of LEG_KEYPOINTS) {
    for (let i = 0; i < n; i++) {
      const o = i * KP_STRIDE + k * 3;
      d[o] = raw[o]; d[o + 1] = raw[o + 1]; d[o + 2] = raw[o + 2];
      mask[i * 17 + k] = raw[o + 2] > 0 ? 1 : 0;
    }
    for (let c = 0; c < 2; c++) {
      fillGaps(d, k * 3 + c, KP_STRIDE, n, maxGap);
      filtfiltSeries(coef, d, k * 3 + c, KP_STRIDE, n, padlen);
    }
  }
  const swapParity = new Uint8Array(n);
  let swapEpisodes = 0;
  for (let i = 0; i < n; i++) {
    swapParity[i] = swaps.parity[i] ^ identity[i];
    if (swapParity[i] && (i === 0 || !swapParity[i - 1])) swapEpisodes++;
  }
  const steps = buildSteps(events, ranges);

  // 7. per-frame angles where the keypoints were confident
  const knee = { left: nanArray(n), right: nanArray(n) };
  const kptDeg = { left: nanArray(n), right: nanArray(n) };
  const kptPx = { left: nanArray(n), right: nanArray(n) };
  const trunk = nanArray(n);
  const ok = (i: number, k: number) => mask[i * 17 + k] === 1;
  for (let i = 0; i < n; i++) {
    const o = i * KP_STRIDE;
    const m = i * 17;
    const F = Fsign(i);
    for (let leg = 0; leg < 2; leg++) {
      const hip = leg === 0 ? KP.leftHip : KP.rightHip, kk = leg === 0 ? KP.leftKnee : KP.rightKnee, ankle = leg === 0 ? KP.leftAnkle : KP.rightAnkle;
      if (mask[m + kk] !== 1 || mask[m + ankle] !== 1) continue;
      const kx = d[o + kk * 3], ky = d[o + kk * 3 + 1], ax = d[o + ankle * 3], ay = d[o + ankle * 3 + 1];
      const kneeArr = leg === 0 ? knee.left : knee.right;
      if (mask[m + hip] === 1) kneeArr[i] = kneeFlexionDeg(d[o + hip * 3], d[o + hip * 3 + 1], kx, ky, ax, ay, F);
      if (F !== 0) {
        const tx = toeX(ax, F, shankPx), ty = toeY(ay, shankPx);
        (leg === 0 ? kptDeg.left : kptDeg.right)[i] = kneePastToeDeg(kx, ky, tx, ty, F);
        (leg === 0 ? kptPx.left : kptPx.right)[i] = kneePastToePx(kx, tx, F);
      }
    }
    if ((mask[m + KP.leftHip] === 1 || mask[m + KP.rightHip] === 1) && (mask[m + KP.leftShoulder] === 1 || mask[m + KP.rightShoulder] === 1)) {
      trunk[i] = trunkLeanDeg(midX(d, o, KP.leftHip, KP.rightHip), midY(d, o, KP.leftHip, KP.rightHip),
        midX(d, o, KP.leftShoulder, KP.rightShoulder), midY(d, o, KP.leftShoulder, KP.rightShoulder), F);
    }
  }

  // 8. per-step values
  const cal = heightCm ? cmPerPx(heightCm, shankPx) : null;
  const toUnit = cal ?? 1 / shankPx;
  const lengthRound = cal ? round1 : round2;
  const cycles = { left: [] as Array<{ peak: number; rom: number }>, right: [] as Array<{ peak: number; rom: number }> };
  const stances = { left: [] as Array<{ deg: number; px: number }>, right: [] as Array<{ deg: number; px: number }> };
  const stepList: StepRecord[] = steps.map((s) => {
    const other: Side = s.side === 'left' ? 'right' : 'left';
    let peakFlex: number | null = null;
    if (s.nextContactFrame > s.frame) {
      const c = extent(knee[s.side], s.frame, s.nextContactFrame);
      if (c) { cycles[s.side].push({ peak: c.max, rom: c.max - c.min }); peakFlex = c.max; }
    }
    // knee past the toes: the peak of this foot's stance (contact → lift-off, the foot on the floor),
    // on frames where this leg was confident; rounded here, so the session's headline (their median)
    // is computed from exactly the values the step table shows
    let kptPeakDeg: number | null = null, kptPeak: number | null = null, kptPeakT: number | null = null;
    if (s.liftoffFrame > s.frame) {
      const a = extent(kptDeg[s.side], s.frame, s.liftoffFrame + 1);
      const b = extent(kptPx[s.side], s.frame, s.liftoffFrame + 1);
      if (a && b) {
        stances[s.side].push({ deg: a.max, px: b.max });
        kptPeakDeg = round1(a.max);
        kptPeak = lengthRound(b.max * toUnit);
        kptPeakT = t[b.maxAt];
      }
    }
    // step length: the ankles' separation during the double support that follows the contact
    // (both feet planted, so it is steady, over ground and on a treadmill alike); the median over it
    let stepLength: number | null = null;
    if (cal && !s.inferred) {
      const a1 = LEG[s.side].ankle, a2 = LEG[other].ankle;
      const end = s.otherLiftoffFrame > s.frame ? s.otherLiftoffFrame : s.frame;
      const seps: number[] = [];
      for (let i = s.frame; i <= end; i++) {
        if (ok(i, a1) && ok(i, a2)) seps.push(Math.abs(d[i * KP_STRIDE + a1 * 3] - d[i * KP_STRIDE + a2 * 3]));
      }
      if (seps.length) stepLength = median(seps) * cal;
    }
    return {
      side: s.side, t_s: s.t_s, step_time_s: s.step_time_s, stance_time_s: s.stance_time_s,
      step_length: stepLength, peak_knee_flexion_deg: peakFlex, peak_knee_past_toe_deg: kptPeakDeg,
      peak_knee_past_toe: kptPeak, peak_knee_past_toe_t_s: kptPeakT,
      knee_past_toe: kptPeak == null ? null : kptPeak > 0,
    };
  });

  // 9. summaries
  const leftSteps = steps.filter((s) => s.side === 'left').length;
  const sideMean = (side: Side, key: 'step_time_s' | 'stance_time_s' | 'step_length') => {
    const v = stepList.filter((s) => s.side === side).map((s) => s[key]).filter((x): x is number => x != null);
    const tr = trimmed(v);
    return tr.length ? mean(tr) : null;
  };
  const kneeSummary = (side: Side) => {
    const c = cycles[side];
    if (c.length) return { peak: median(c.map((x) => x.peak)), rom: median(c.map((x) => x.rom)) };
    const p98 = percentile(knee[side], 98), p2 = percentile(knee[side], 2);
    return { peak: p98, rom: p98 - p2 };
  };
  // the headline peak of a leg: the median of its steps' peaks (no stance, no peak)
  const kptSummary = (side: Side) => {
    const own = stepList.filter((x) => x.side === side);
    const deg = own.map((x) => x.peak_knee_past_toe_deg).filter((x): x is number => x != null);
    const dist = own.map((x) => x.peak_knee_past_toe).filter((x): x is number => x != null);
    return { deg: deg.length ? median(deg) : null, dist: dist.length ? median(dist) : null };
  };
  const kL = kneeSummary('left'), kR = kneeSummary('right');
  const pL = kptSummary('left'), pR = kptSummary('right');
  const withKpt = stepList.filter((s) => s.knee_past_toe != null);
  const forwardTravel = (side: Side) => {
    const c = stances[side];
    return c.length ? median(c.map((x) => x.px / shankPx + FOREFOOT_SHANKS)) : null;
  };

  // 10. views
  let sideN = 0, frontN = 0, known = 0;
  for (let i = 0; i < n; i++) {
    const v = viewFromRatio(ratio[i]);
    if (v === 'side') sideN++;
    else if (v === 'front') frontN++;
    if (ratio[i] === ratio[i]) known++;
  }
  const view: CameraView = known < 0.3 * n ? 'unknown' : sideN >= 0.6 * known ? 'side' : frontN >= 0.6 * known ? 'front' : 'unknown';

  // 11. balance
  const balanceInputs = balanceStats({ d, n, t, fs, mask, trunk, ranges, runs, labels, steps, stature, view, duration, present });
  const balance = gradeBalance(balanceInputs);
  const meanFacing = mean(facing);
  const analysis: GaitAnalysis = {
    direction: overallDirection(segments),
    segments,
    steps: { count: steps.length, left: leftSteps, right: steps.length - leftSteps },
    cadence_spm: cadence(steps),
    symmetry: {
      step_time_si_pct: symmetryIndex(sideMean('left', 'step_time_s'), sideMean('right', 'step_time_s')),
      step_length_si_pct: cal ? symmetryIndex(sideMean('left', 'step_length'), sideMean('right', 'step_length')) : null,
      stance_time_si_pct: symmetryIndex(sideMean('left', 'stance_time_s'), sideMean('right', 'stance_time_s')),
      knee_rom_si_pct: cycles.left.length && cycles.right.length ? symmetryIndex(kL.rom, kR.rom) : null,
      peak_knee_past_toe_si_pct: symmetryIndex(forwardTravel('left'), forwardTravel('right')),
    },
    knee: {
      peak_flexion_deg: { left: fin(kL.peak), right: fin(kR.peak) },
      rom_deg: { left: fin(kL.rom), right: fin(kR.rom) },
    },
    knee_past_toe: {
      peak_angle_deg: { left: fin(pL.deg), right: fin(pR.deg) },
      peak: { left: fin(pL.dist), right: fin(pR.dist) },
      unit: cal ? 'cm' : 'shank',
      steps_past_toe_pct: withKpt.length ? (100 * withKpt.filter((s) => s.knee_past_toe).length) / withKpt.length : null,
    },
    balance,
    quality: {
      confident_frames_pct: (100 * confident) / n,
      view,
      swaps_repaired: swapEpisodes,
      person_switches: split.switches,
      person_frames: split.kept,
      frames: n,
      facing: meanFacing > FACING_MIN ? 'right' : meanFacing < -FACING_MIN ? 'left' : 'unknown',
      shank_px: shankPx,
      inferred_contacts: events.filter((e) => (e as GaitEvent).inferred).length,
      duration_s: duration,
    },
    events: events.map((e) => {
      const ev: GaitEvent = { t_s: e.t_s, side: e.side, kind: e.kind };
      if ((e as GaitEvent).inferred) ev.inferred = true;
      return ev;
    }),
    step_list: stepList,
  };
  return {
    analysis: roundAnalysis(analysis),
    series: {
      t, facing, labels, knee, kneePastToeDeg: kptDeg, kneePastToePx: kptPx, trunkLeanDeg: trunk, shankPx, swapParity,
      cues: { travel: cues.travel, stance: cues.stance, activity: cues.activity }, keypoints: confidentOnly(d, mask, n),
    },
  };
}

interface Range extends WalkRange { core: [number, number] }

/** Direction runs → walking ranges, each reaching up to half a window into a non-walking
 * neighbour (the centered window blurs the labels there). */
function walkRanges(labels: WalkDirection[], facing: Float64Array, t: Float64Array, present: Uint8Array, half: number): { runs: Run[]; ranges: Range[] } {
  const n = labels.length;
  const runs = directionRuns(labels, t);
  const ranges: Range[] = [];
  const walk = (j: number) => runs[j] && (runs[j].label === 'backward' || runs[j].label === 'forward');
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k];
    if (!walk(k)) continue;
    const F = Math.sign(mean(facing.subarray(r.start, r.end)));
    if (F === 0) continue;
    let start = r.start, end = r.end;
    if (k > 0 && !walk(k - 1)) while (start > 0 && r.start - start < half && present[start - 1]) start--;
    if (k < runs.length - 1 && !walk(k + 1)) while (end < n && end - r.end < half && present[end]) end++;
    ranges.push({ start, end, u: r.label === 'forward' ? F : -F, core: [r.start, r.end] });
  }
  return { runs, ranges };
}

/**
 * Gait events of every walking range. Where both ankles are seen (the usual side view) they come
 * from the label-free front/rear signals (step-events.ts) and get their sides by alternation and
 * majority (leg-identity.ts); where the far leg is hidden most of the time, from the visible leg
 * alone (events.ts), the hidden leg's contacts inferred between its contacts.
 */
function findEvents(raw: Float64Array, n: number, t: Float64Array, fs: number, pelvisX: Float64Array, ranges: Range[], shankPx: number): { events: DetectedEvent[]; labelFree: Range[] } {
  const relL = new Float64Array(n), relR = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * KP_STRIDE;
    relL[i] = raw[o + KP.leftAnkle * 3] - pelvisX[i];
    relR[i] = raw[o + KP.rightAnkle * 3] - pelvisX[i];
  }
  const labelFree: Range[] = [], oneLeg: Range[] = [];
  for (const r of ranges) {
    let both = 0;
    for (let i = r.start; i < r.end; i++) if (relL[i] === relL[i] && relR[i] === relR[i]) both++;
    (both >= BOTH_ANKLES_SHARE * (r.end - r.start) ? labelFree : oneLeg).push(r);
  }
  const stepEvents = detectStepEvents({ t, relA: relL, relB: relR, ranges: labelFree, shankPx, fs });
  const sided = assignSides(stepEvents, labelFree, raw, shankPx);
  const maxGap = Math.max(1, Math.round(MAX_GAP_S * fs));
  for (const rel of [relL, relR]) { fillGaps(rel, 0, 1, n, maxGap); rel.set(lowpass(rel, fs, LOWPASS_HZ)); }
  const visible = detectGaitEvents({ t, rel: { left: relL, right: relR }, ranges: oneLeg, shankPx });
  const inferred = inferMissingContacts(dropCloseContacts(visible), oneLeg, t);
  return { events: [...sided, ...inferred].sort((x, y) => x.t_s - y.t_s), labelFree };
}

/** Two contacts of different feet within 0.1 s cannot both be real (even running is slower): the later one goes. */
function dropCloseContacts(events: DetectedEvent[]): DetectedEvent[] {
  const out: DetectedEvent[] = [];
  let last: DetectedEvent | null = null;
  for (const e of events) {
    if (e.kind === 'contact') {
      if (last && e.t_s - last.t_s < 0.1) continue;
      last = e;
    }
    out.push(e);
  }
  return out;
}

/** A copy of the filtered buffer with the points the model was not confident of missing again. */
function confidentOnly(d: Float64Array, mask: Uint8Array, n: number): Float64Array {
  const out = d.slice();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 17; k++) {
      if (mask[i * 17 + k] === 1) continue;
      const o = i * KP_STRIDE + k * 3;
      out[o] = out[o + 1] = NaN;
      out[o + 2] = 0;
    }
  }
  return out;
}

function fin(x: number | null | undefined): number | null {
  return x == null || !Number.isFinite(x) ? null : x;
}

function nanArray(n: number): Float64Array {
  return new Float64Array(n).fill(NaN);
}

function samplingRate(t: Float64Array, fps: number): number {
  if (t.length < 3) return fps;
  const dts: number[] = [];
  for (let i = 1; i < t.length; i += Math.max(1, Math.floor(t.length / 2000))) if (t[i] > t[i - 1]) dts.push(t[i] - t[i - 1]);
  const m = median(dts);
  return m > 0 ? 1 / m : fps;
}

function frameConfident(d: Float64Array, o: number): boolean {
  const lh = d[o + KP.leftHip * 3], rh = d[o + KP.rightHip * 3];
  const lk = d[o + KP.leftKnee * 3], rk = d[o + KP.rightKnee * 3];
  const la = d[o + KP.leftAnkle * 3], ra = d[o + KP.rightAnkle * 3];
  // x === x is false for NaN (missing)
  return (lh === lh && lk === lk && la === la) || (rh === rh && rk === rk && ra === ra);
}

/** Max (and its frame)/min of the finite samples of v in [a, b) when at least 60 % of them are finite. */
function extent(v: Float64Array, a: number, b: number): { max: number; maxAt: number; min: number } | null {
  let max = -Infinity, min = Infinity, c = 0, maxAt = a;
  for (let i = a; i < b; i++) { const x = v[i]; if (x === x) { c++; if (x > max) { max = x; maxAt = i; } if (x < min) min = x; } }
  return c >= 2 && c >= 0.6 * (b - a) ? { max, maxAt, min } : null;
}

/** Frames between two confident, opposite facings (≤ 4 s apart) become 'turning', ±0.3 s. */
function markTurns(labels: WalkDirection[], facing: Float64Array, t: Float64Array): void {
  const n = labels.length;
  let last = -1, lastSign = 0;
  for (let j = 0; j < n; j++) {
    const s = facing[j] > FACING_MIN ? 1 : facing[j] < -FACING_MIN ? -1 : 0;
    if (s === 0) continue;
    if (lastSign !== 0 && s !== lastSign && t[j] - t[last] <= 4) {
      let a = last, b = j;
      while (a > 0 && t[last] - t[a - 1] <= 0.3) a--;
      while (b < n - 1 && t[b + 1] - t[j] <= 0.3) b++;
      for (let i = a; i <= b; i++) if (labels[i] !== 'unknown') labels[i] = 'turning';
    }
    last = j;
    lastSign = s;
  }
}

interface BalanceContext {
  d: Float64Array; n: number; t: Float64Array; fs: number; mask: Uint8Array; trunk: Float64Array;
  ranges: WalkRange[]; runs: Array<{ label: WalkDirection; start: number; end: number }>; labels: WalkDirection[];
  steps: StepTiming[]; stature: number; view: CameraView; duration: number; present: Uint8Array;
}

function balanceStats(c: BalanceContext): BalanceInputs {
  const { d, n, t, fs, trunk, ranges, runs, steps, stature, view } = c;
  // analysed stretches: the walking ranges, or the standing runs of a standing session
  let walkFrames = 0;
  for (const r of ranges) walkFrames += r.end - r.start;
  const parts: Array<{ start: number; end: number }> = walkFrames / fs >= 1
    ? ranges
    : runs.filter((r) => r.label === 'standing');
  // trunk sway: SD of lean around each part's mean
  let rs = 0, rc = 0;
  for (const p of parts) {
    const m = mean(trunk.subarray(p.start, p.end));
    for (let i = p.start; i < p.end; i++) if (trunk[i] === trunk[i]) { rs += (trunk[i] - m) ** 2; rc++; }
  }
  const trunkSd = rc >= 10 ? Math.sqrt(rs / (rc - 1)) : null;
  // pelvis sway: vertical (side view) or lateral (front view), around a 1-s moving average
  const coord = view === 'front' ? 0 : 1;
  const pel = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * KP_STRIDE;
    pel[i] = coord === 0 ? midX(d, o, KP.leftHip, KP.rightHip) : midY(d, o, KP.leftHip, KP.rightHip);
  }
  const trend = movingAverage(pel, Math.max(2, Math.round(0.5 * fs)));
  let ps = 0, pm = 0, pc = 0;
  for (const p of parts) for (let i = p.start; i < p.end; i++) if (pel[i] === pel[i] && trend[i] === trend[i]) { const r = pel[i] - trend[i]; ps += r * r; pm += r; pc++; }
  const pelvisSway = pc >= 10 ? (100 * Math.sqrt(Math.max(0, (ps - (pm * pm) / pc) / (pc - 1)))) / stature : null;
  // rhythm: CV of step times
  const st = steps.map((s) => s.step_time_s).filter((x): x is number => x != null);
  const stT = trimmed(st);
  const cv = stT.length >= 4 ? (100 * std(stT)) / mean(stT) : null;
  // path deviation: side view → contact heights around a line; front view → pelvis x around a line
  const devs: number[] = [];
  if (view !== 'front') {
    for (let k = 0; k < ranges.length; k++) {
      const pts = steps.filter((s) => s.range === k && !s.inferred).map((s) => {
        const a = s.side === 'left' ? KP.leftAnkle : KP.rightAnkle;
        return [t[s.frame], d[s.frame * KP_STRIDE + a * 3 + 1]] as const;
      }).filter((p) => p[1] === p[1]);
      if (pts.length >= 4) devs.push(...lineResiduals(pts));
    }
  } else {
    for (const r of ranges) {
      const pts: Array<readonly [number, number]> = [];
      for (let i = r.start; i < r.end; i++) if (pel[i] === pel[i]) pts.push([t[i], pel[i]]);
      if (pts.length >= 10) devs.push(...lineResiduals(pts));
    }
  }
  const pathDev = devs.length >= 4 ? (100 * std(devs)) / stature : null;
  // stops: pauses in the rhythm and short standing spells between walking
  let stops = 0, stumbles = 0;
  const mSt = median(st);
  if (st.length >= 4) {
    for (const s of steps) {
      if (s.step_time_s == null) continue;
      if (s.step_time_s > 1.8 * mSt && s.step_time_s <= MAX_STEP_S) stops++;
      if (s.step_time_s < 0.55 * mSt) stumbles++;
    }
  }
  for (let k = 1; k + 1 < runs.length; k++) {
    const r = runs[k];
    const walk = (x: { label: WalkDirection }) => x.label === 'backward' || x.label === 'forward';
    if (r.label === 'standing' && walk(runs[k - 1]) && walk(runs[k + 1]) && t[Math.min(n - 1, r.end)] - t[r.start] < 5) stops++;
  }
  // stumbles: jerks of the trunk (lean rate far above its usual spread)
  const rateAt = new Float64Array(n).fill(NaN);
  let rateN = 0;
  for (const p of parts) {
    for (let i = p.start + 1; i < p.end - 1; i++) {
      if (trunk[i - 1] === trunk[i - 1] && trunk[i + 1] === trunk[i + 1]) {
        rateAt[i] = (trunk[i + 1] - trunk[i - 1]) / (t[i + 1] - t[i - 1]);
        rateN++;
      }
    }
  }
  if (rateN >= 10) {
    const step = Math.max(1, Math.floor(n / 4000));
    const sub = new Float64Array(Math.ceil(n / step));
    for (let i = 0, j = 0; i < n; i += step, j++) sub[j] = rateAt[i];
    const m = median(sub);
    for (let j = 0; j < sub.length; j++) sub[j] = Math.abs(sub[j] - m);
    const mad = median(sub) * 1.4826;
    const thr = Math.max(90, 6 * mad);
    let lastT = -Infinity;
    for (let i = 0; i < n; i++) {
      if (rateAt[i] === rateAt[i] && Math.abs(rateAt[i] - m) > thr) {
        if (t[i] - lastT > 0.5) stumbles++;
        lastT = t[i];
      }
    }
  }
  const hasData = parts.length > 0;
  return {
    trunkLeanSdDeg: trunkSd,
    pelvisSwayPct: pelvisSway,
    stepTimeCvPct: cv,
    pathDeviationPct: pathDev,
    stops: hasData ? stops : null,
    stumbles: hasData ? stumbles : null,
    minutes: c.duration / 60,
    view,
  };
}

function lineResiduals(pts: ReadonlyArray<readonly [number, number]>): number[] {
  const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
  const my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
  let sxx = 0, sxy = 0;
  for (const [x, y] of pts) { sxx += (x - mx) ** 2; sxy += (x - mx) * (y - my); }
  const b = sxx > 0 ? sxy / sxx : 0;
  return pts.map(([x, y]) => y - (my + b * (x - mx)));
}

function emptyAnalysis(n: number, confident: number, heightCm: number | null): GaitAnalysis {
  return {
    direction: 'unknown',
    segments: [],
    steps: { count: 0, left: 0, right: 0 },
    cadence_spm: null,
    symmetry: { step_time_si_pct: null, step_length_si_pct: null, stance_time_si_pct: null, knee_rom_si_pct: null, peak_knee_past_toe_si_pct: null },
    knee: { peak_flexion_deg: { left: null, right: null }, rom_deg: { left: null, right: null } },
    knee_past_toe: { peak_angle_deg: { left: null, right: null }, peak: { left: null, right: null }, unit: heightCm ? 'cm' : 'shank', steps_past_toe_pct: null },
    balance: { score: null, subscores: {}, explanation: n === 0 ? 'No frames to analyse.' : 'No person was found with enough confident keypoints to analyse.' },
    quality: { confident_frames_pct: n ? (100 * confident) / n : 0, view: 'unknown', swaps_repaired: 0, frames: n, facing: 'unknown' as Facing, shank_px: null, inferred_contacts: 0 },
    events: [],
    step_list: [],
  };
}

