/**
 * Per-step values and the session's summaries of them (pipeline steps 8–9). A step's knee-past-toe
 * peak is the largest over that foot's stance, rounded as shown, so a leg's headline (the median of
 * its steps' peaks) is computed from exactly the values the step table shows.
 */
import { FOREFOOT_SHANKS, KP_STRIDE, MIN_MEASURED_SHARE } from './constants';
import { LEG, type FrameAngles } from './frame-angles';
import { round1, round2 } from './round';
import { at, mean, median, percentile, pointX } from './series';
import { trimmed, type StepTiming } from './steps';
import { symmetryIndex } from './symmetry';
import type { GaitAnalysis, Side, StepRecord } from './types';

interface CycleValues {
  peak: number;
  rom: number;
}
interface StanceValues {
  deg: number;
  px: number;
}

export interface StepContext {
  /** Filtered keypoints (n × 51) and where they were confident (n × 17). */
  d: Float64Array;
  mask: Uint8Array;
  t: Float64Array;
  angles: FrameAngles;
  shankPx: number;
  /** cm per px with a height, else null (lengths in shank lengths). */
  cmPerPx: number | null;
}

export interface StepValues {
  stepList: StepRecord[];
  cycles: Record<Side, CycleValues[]>;
  stances: Record<Side, StanceValues[]>;
}

const other = (s: Side): Side => (s === 'left' ? 'right' : 'left');

export function stepRecords(steps: readonly StepTiming[], c: StepContext): StepValues {
  const toUnit = c.cmPerPx ?? 1 / c.shankPx;
  const lengthRound = c.cmPerPx ? round1 : round2;
  const cycles: StepValues['cycles'] = { left: [], right: [] };
  const stances: StepValues['stances'] = { left: [], right: [] };
  const stepList = steps.map((s): StepRecord => {
    // no next contact or lift-off (−1) is an empty range: extent gives null
    let peakFlex: number | null = null;
    const cyc = extent(c.angles.knee[s.side], s.frame, s.nextContactFrame);
    if (cyc) {
      cycles[s.side].push({ peak: cyc.max, rom: cyc.max - cyc.min });
      peakFlex = cyc.max;
    }
    let kptPeakDeg: number | null = null,
      kptPeak: number | null = null,
      kptPeakT: number | null = null;
    const a = extent(c.angles.kneePastToeDeg[s.side], s.frame, s.liftoffFrame + 1);
    const b = extent(c.angles.kneePastToePx[s.side], s.frame, s.liftoffFrame + 1);
    if (a && b) {
      stances[s.side].push({ deg: a.max, px: b.max });
      kptPeakDeg = round1(a.max);
      kptPeak = lengthRound(b.max * toUnit);
      kptPeakT = at(c.t, b.maxAt);
    }
    return {
      side: s.side,
      t_s: s.t_s,
      step_time_s: s.step_time_s,
      stance_time_s: s.stance_time_s,
      step_length: stepLength(s, c),
      peak_knee_flexion_deg: peakFlex,
      peak_knee_past_toe_deg: kptPeakDeg,
      peak_knee_past_toe: kptPeak,
      peak_knee_past_toe_t_s: kptPeakT,
      knee_past_toe: kptPeak == null ? null : kptPeak > 0,
    };
  });
  return { stepList, cycles, stances };
}

/**
 * Step length (cm, with a height): the ankles' separation during the double support that follows
 * the contact (both feet planted, so it is steady, over ground and on a treadmill alike), its median.
 */
function stepLength(s: StepTiming, c: StepContext): number | null {
  if (!c.cmPerPx || s.inferred) return null;
  const a1 = LEG[s.side].ankle,
    a2 = LEG[other(s.side)].ankle;
  const end = Math.max(s.otherLiftoffFrame, s.frame); // the contact frame alone without a lift-off (−1)
  const seps: number[] = [];
  for (let i = s.frame; i <= end; i++) {
    if (c.mask[i * 17 + a1] === 1 && c.mask[i * 17 + a2] === 1)
      seps.push(Math.abs(pointX(c.d, i * KP_STRIDE, a1) - pointX(c.d, i * KP_STRIDE, a2)));
  }
  return seps.length ? median(seps) * c.cmPerPx : null;
}

/**
 * Max (and its frame)/min of the finite samples of v in [a, b) when at least two and at least
 * MIN_MEASURED_SHARE of them are finite; null for an empty range (b ≤ a).
 */
function extent(v: Float64Array, a: number, b: number): { max: number; maxAt: number; min: number } | null {
  let max = -Infinity,
    min = Infinity,
    count = 0,
    maxAt = a;
  for (let i = a; i < b; i++) {
    const x = v[i]!;
    if (x === x) {
      count++;
      if (x > max) {
        max = x;
        maxAt = i;
      }
      if (x < min) min = x;
    }
  }
  return count >= 2 && count >= MIN_MEASURED_SHARE * (b - a) ? { max, maxAt, min } : null;
}

const fin = (x: number | null | undefined): number | null => (x == null || !Number.isFinite(x) ? null : x);

/** The session's symmetry, knee and knee-past-toe summaries from its steps. */
export function stepSummaries(
  v: StepValues,
  knee: FrameAngles['knee'],
  shankPx: number,
  calibrated: boolean,
): Pick<GaitAnalysis, 'symmetry' | 'knee' | 'knee_past_toe'> {
  const { stepList, cycles, stances } = v;
  const sideMean = (side: Side, key: 'step_time_s' | 'stance_time_s' | 'step_length') => {
    const kept = trimmed(
      stepList
        .filter((s) => s.side === side)
        .map((s) => s[key])
        .filter((x): x is number => x != null),
    );
    return kept.length ? mean(kept) : null;
  };
  // a leg's peak and range: medians over its cycles; without cycles (standing) the frames' 98th and 2nd percentiles
  const kneeSummary = (side: Side) => {
    const c = cycles[side];
    if (c.length) return { peak: median(c.map((x) => x.peak)), rom: median(c.map((x) => x.rom)) };
    const p98 = percentile(knee[side], 98),
      p2 = percentile(knee[side], 2);
    return { peak: p98, rom: p98 - p2 };
  };
  // the headline knee-past-toe peak of a leg: the median of its steps' peaks (no stance, no peak)
  const kptSummary = (side: Side) => {
    const own = stepList.filter((x) => x.side === side);
    const deg = own.map((x) => x.peak_knee_past_toe_deg).filter((x): x is number => x != null);
    const dist = own.map((x) => x.peak_knee_past_toe).filter((x): x is number => x != null);
    return { deg: deg.length ? median(deg) : null, dist: dist.length ? median(dist) : null };
  };
  // the knee's travel ahead of the ankle (knee-past-toe + forefoot): the distance itself crosses zero
  const forwardTravel = (side: Side) => {
    const c = stances[side];
    return c.length ? median(c.map((x) => x.px / shankPx + FOREFOOT_SHANKS)) : null;
  };
  const kL = kneeSummary('left'),
    kR = kneeSummary('right');
  const pL = kptSummary('left'),
    pR = kptSummary('right');
  const withKpt = stepList.filter((s) => s.knee_past_toe != null);
  return {
    symmetry: {
      step_time_si_pct: symmetryIndex(sideMean('left', 'step_time_s'), sideMean('right', 'step_time_s')),
      step_length_si_pct: calibrated
        ? symmetryIndex(sideMean('left', 'step_length'), sideMean('right', 'step_length'))
        : null,
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
      unit: calibrated ? 'cm' : 'shank',
      steps_past_toe_pct: withKpt.length
        ? (100 * withKpt.filter((s) => s.knee_past_toe).length) / withKpt.length
        : null,
    },
  };
}
