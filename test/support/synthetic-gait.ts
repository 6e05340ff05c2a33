/**
 * A 2D kinematic walker with exact ground truth, for testing the gait module.
 *
 * The body is modelled in 3D (forward f, up u, right r; units of stature H) with Winter's segment
 * proportions, rotated by a yaw angle (0 = facing image-right, 180° = image-left, 90° = facing the
 * camera) and projected orthographically into the image (y down), so side views, front views and
 * turns come out of one model.
 *
 * Each foot follows a gait cycle of period T = left step time + right step time: in stance
 * (a share `dutyFactor` of T) it is planted, so relative to the pelvis it moves back along the
 * walking direction at walking speed; in swing it returns with a cosine ease and lifts by a
 * clearance chosen to reach the requested peak knee flexion. Contact is the instant the foot is
 * planted, which by construction is the maximum of the ankle's position relative to the pelvis along
 * the walking direction (Zeni's definition), and lift-off its minimum. The pelvis height is the
 * highest the planted legs allow with the knee ≥ 4° flexed (an inverted pendulum); the knee follows
 * from two-link inverse kinematics, flexing forward. Overground the pelvis travels at walking speed;
 * on a treadmill it stays put. Walking backward uses the same cycle with the walking direction
 * opposite to the facing. Mode changes ramp the gait amplitude down to zero and up again over 0.5 s.
 *
 * Ground truth: per-frame knee flexion (from the 3D model, not from the 2D keypoints), contact and
 * lift-off times, steps, cadence, symmetry indices, direction and facing per frame, swapped frames.
 */
import { KEYPOINT_NAMES } from '../../src/shared/pose/keypoints';
import type { Keypoint, PoseFrame } from '../../src/shared/pose/types';

export type SynthMode = 'forward' | 'backward' | 'treadmill-forward' | 'treadmill-backward' | 'standing' | 'turn';
export interface SynthSegment {
  mode: SynthMode;
  duration_s: number;
}
export type Range = readonly [start: number, end: number];

/** A walk plan written as [mode, seconds] pairs: plan(['backward', 4], ['turn', 1.2]). */
export function plan(...parts: Array<[SynthMode, number]>): SynthSegment[] {
  return parts.map(([mode, duration_s]) => ({ mode, duration_s }));
}

export interface SynthOptions {
  fps?: number;
  segments?: SynthSegment[];
  /** Initial facing (a 'turn' segment flips it). */
  facing?: 'left' | 'right';
  /** Mean cadence, steps/min. */
  cadence_spm?: number;
  /** Left step time / right step time (1 = symmetric). */
  stepTimeRatio?: number;
  /** Target peak knee flexion in swing (deg), per leg or both. */
  kneePeakDeg?: number | { left: number; right: number };
  /** Step length as a share of stature (default 0.3). */
  stepLengthH?: number;
  /** Stance share of the gait cycle (default 0.62). */
  dutyFactor?: number;
  statureCm?: number;
  /** Stature in pixels (default 400). */
  heightPx?: number;
  width?: number;
  height?: number;
  /** Gaussian noise on keypoint x and y, px. */
  noisePx?: number;
  seed?: number;
  /** Frame ranges [start, end) where the knee and ankle labels are swapped. */
  swaps?: Range[];
  /** Frame ranges where only the ankle labels are swapped. */
  ankleSwaps?: Range[];
  /** Frame ranges without a person (keypoints null). */
  dropouts?: Range[];
  /** Frame ranges where every score is low (0.1). */
  lowScore?: Range[];
  /** Score of the far leg's keypoints in a side view (default 0.75). */
  farLegScore?: number;
  /** Forward trunk lean (deg) and irregular trunk sway amplitude (deg). */
  trunkLeanDeg?: number;
  trunkSwayDeg?: number;
  /** Extra yaw (deg) added to the facing, e.g. 90 for a front view. */
  yawDeg?: number;
  /** Stride phase at t = 0, as a share of T after a left contact (default 0.3: no event near the start). */
  phase0?: number;
  /** Random jitter of the timestamps, ms. */
  timeJitterMs?: number;
}

export interface SynthTruth {
  fps: number;
  t_s: number[];
  kneeFlexionDeg: { left: number[]; right: number[] };
  /** Knee-past-toe distance (cm, + = beyond the toes) from the model's toe (0.114 H ahead of the ankle). */
  kneePastToeCm: { left: number[]; right: number[] };
  contacts: Array<{ t_s: number; side: 'left' | 'right' }>;
  liftoffs: Array<{ t_s: number; side: 'left' | 'right' }>;
  steps: { count: number; left: number; right: number };
  cadence_spm: number;
  stepTime_s: { left: number; right: number };
  stepTimeSi: number;
  stepLengthCm: { left: number; right: number };
  stepLengthSi: number;
  kneePeakDeg: { left: number; right: number };
  kneeRomDeg: { left: number; right: number };
  kneeRomSi: number;
  direction: Array<'forward' | 'backward' | 'standing' | 'turning'>;
  /** True within 0.75 s of a change of mode (the ramps), where direction is ambiguous. */
  transition: boolean[];
  facing: Array<'left' | 'right' | 'unknown'>;
  swapped: boolean[];
  shankPx: number;
  cmPerPx: number;
  statureCm: number;
  heightPx: number;
  /** Start/end time of each segment. */
  segments: Array<{ mode: SynthMode; start_s: number; end_s: number }>;
}

export interface SynthResult {
  input: { fps: number; width: number; height: number; frames: PoseFrame[] };
  truth: SynthTruth;
}

// Winter's proportions (share of stature)
const THIGH = 0.245,
  SHANK = 0.246,
  ANKLE_H = 0.039,
  FOREFOOT = 0.114;
const HIP_HALF = 0.085,
  SHOULDER_HALF = 0.1295,
  TORSO = 0.288,
  UPPER_ARM = 0.186,
  FOREARM = 0.146;
const RAMP_S = 0.5;
/** Ankle rise at lift-off (heel off, toes still down), share of stature. */
const HEEL_RISE = 0.05;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  const u = Math.max(1e-12, rand()),
    v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const legLength = (kneeDeg: number) =>
  Math.sqrt(THIGH * THIGH + SHANK * SHANK + 2 * THIGH * SHANK * Math.cos((kneeDeg * Math.PI) / 180));
const isWalking = (m: SynthMode) =>
  m === 'forward' || m === 'backward' || m === 'treadmill-forward' || m === 'treadmill-backward';
const dirSign = (m: SynthMode) => (m === 'backward' || m === 'treadmill-backward' ? -1 : 1);
const overground = (m: SynthMode) => m === 'forward' || m === 'backward';
const inRanges = (i: number, r: readonly Range[] | undefined) => !!r && r.some(([a, b]) => i >= a && i < b);

export function synthesizeGait(opts: SynthOptions = {}): SynthResult {
  const fps = opts.fps ?? 30;
  const segments = opts.segments ?? [{ mode: 'forward', duration_s: 10 }];
  const cadenceSpm = opts.cadence_spm ?? 100;
  const ratio = opts.stepTimeRatio ?? 1;
  const kp = opts.kneePeakDeg ?? 60;
  const kneePeak = typeof kp === 'number' ? { left: kp, right: kp } : kp;
  const stepLen = opts.stepLengthH ?? 0.3;
  const beta = opts.dutyFactor ?? 0.62;
  const statureCm = opts.statureCm ?? 170;
  const Hpx = opts.heightPx ?? 400;
  let width = opts.width ?? 1280;
  const height = opts.height ?? 720;
  const noise = opts.noisePx ?? 0;
  const rand = mulberry32(opts.seed ?? 1);
  const farScore = opts.farLegScore ?? 0.75;
  const lean0 = opts.trunkLeanDeg ?? 4;
  const sway = opts.trunkSwayDeg ?? 0;
  const phase0 = opts.phase0 ?? 0.3;

  const st = 60 / cadenceSpm;
  const tL = (2 * st * ratio) / (1 + ratio),
    tR = (2 * st) / (1 + ratio);
  const T = tL + tR;
  const v = stepLen / st; // statures per second
  const half = (v * beta * T) / 2; // a = b
  const offset = { left: -phase0 * T, right: -phase0 * T + tR };
  const Lmax = legLength(4);
  const reach = (x: number) => Math.sqrt(Math.max(0, Lmax * Lmax - x * x));
  const hiRef = Math.sqrt(legLength(6) ** 2 - (0.25 * half) ** 2);
  const clearance = {
    left: Math.max(0, hiRef - legLength(kneePeak.left)),
    right: Math.max(0, hiRef - legLength(kneePeak.right)),
  };

  // segment timeline
  const segs: Array<{ mode: SynthMode; start_s: number; end_s: number }> = [];
  let acc = 0;
  for (const s of segments) {
    segs.push({ mode: s.mode, start_s: acc, end_s: acc + s.duration_s });
    acc += s.duration_s;
  }
  const total = acc;
  const boundaries = segs.slice(1).map((s) => s.start_s);
  const segAt = (t: number) => segs.find((s) => t < s.end_s) ?? segs[segs.length - 1];
  const amp = (t: number) => {
    const s = segAt(t);
    if (!isWalking(s.mode)) return 0;
    let w = 1;
    for (const b of boundaries) w = Math.min(w, Math.abs(t - b) / RAMP_S);
    return w;
  };
  // yaw: 0 = facing image-right; a turn segment rotates by 180° through facing the camera
  const yaw0 = (opts.facing === 'left' ? Math.PI : 0) + ((opts.yawDeg ?? 0) * Math.PI) / 180;
  const yawAt = (t: number) => {
    let y = yaw0;
    for (const s of segs) {
      if (s.mode !== 'turn') continue;
      if (t >= s.end_s) y += Math.PI;
      else if (t > s.start_s) y += (Math.PI * (1 - Math.cos((Math.PI * (t - s.start_s)) / (s.end_s - s.start_s)))) / 2;
    }
    return y;
  };

  // vertical ankle profile: heel rise over the last quarter cycle of stance (the knee starts to
  // flex before the toes leave, as in pre-swing), then the swing lift, back on the floor at contact
  const smooth = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));
  const legState = (side: 'left' | 'right', t: number) => {
    const phi = ((((t - offset[side]) / T) % 1) + 1) % 1;
    if (phi < beta)
      return {
        x: half - (2 * half * phi) / beta,
        lift: HEEL_RISE * smooth((phi - (beta - 0.25)) / 0.25),
        stance: true,
      };
    const q = (phi - beta) / (1 - beta);
    // cubic Hermite from −half to +half whose end velocities equal the stance velocity (−v): the
    // foot leaves and lands at rest relative to the ground, so the motion has no corner
    const m = -v * (1 - beta) * T;
    const q2 = q * q,
      q3 = q2 * q;
    return {
      x: (2 * q3 - 3 * q2 + 1) * -half + (q3 - 2 * q2 + q) * m + (-2 * q3 + 3 * q2) * half + (q3 - q2) * m,
      lift: HEEL_RISE * (1 - smooth(q)) + clearance[side] * Math.sin(Math.PI * q) ** 2,
      stance: false,
    };
  };

  /** Sagittal leg pose at time t: pelvis height, knee and ankle (f, u) per leg, knee flexion (deg). */
  const legsAt = (t: number) => {
    const w = amp(t);
    const ds = dirSign(segAt(t).mode);
    // pelvis height: lowest at each contact (the landing leg just reaches, knee 4° flexed), highest
    // mid-step, smooth in between; a planted foot out of reach rises onto its toes (heel rise)
    const lastL = offset.left + Math.floor((t - offset.left) / T) * T;
    const lastR = offset.right + Math.floor((t - offset.right) / T) * T;
    const leftLast = lastL >= lastR;
    const p = (t - (leftLast ? lastL : lastR)) / (leftLast ? tR : tL);
    // the landing leg reaches the floor with the knee 12° flexed, mid-step the leg is near straight
    const hi = Math.sqrt(Math.max(0, legLength(6) ** 2 - (0.25 * half * w) ** 2));
    const lo = Math.sqrt(Math.max(0, legLength(12) ** 2 - (half * w) ** 2));
    const hipU = ANKLE_H + (hi + lo) / 2 - ((hi - lo) / 2) * Math.cos(2 * Math.PI * p);
    const out = { hipU } as { hipU: number } & Record<
      'left' | 'right',
      { knee: [number, number]; ankle: [number, number]; flexion: number }
    >;
    for (const side of ['left', 'right'] as const) {
      const ls = legState(side, t);
      const f = ds * ls.x * w;
      // ankle height: on the floor or lifted in swing, raised smoothly (soft plus) where the leg
      // could not reach it otherwise, so the knee never locks with a corner
      const need = hipU - reach(f) - ANKLE_H; // > 0: the floor is out of reach
      const k = 0.015;
      const rise = need > 8 * k ? need : k * Math.log1p(Math.exp(need / k));
      const ankle: [number, number] = [f, ANKLE_H + Math.max(ls.lift * w, rise)];
      const hip: [number, number] = [0, hipU];
      const knee = solveKnee(hip, ankle);
      out[side] = { knee, ankle, flexion: flexion(hip, knee, ankle) };
    }
    return out;
  };

  const n = Math.round(total * fps);
  // pelvis travel (statures), integrated with the amplitude and the facing of the moment
  const pelvisX = new Float64Array(n);
  let X = 0;
  for (let i = 0; i < n; i++) {
    const t = i / fps;
    pelvisX[i] = X;
    const s = segAt(t);
    if (overground(s.mode)) X += (Math.cos(yawAt(t)) * dirSign(s.mode) * v * amp(t)) / fps;
  }
  let minX = Infinity,
    maxX = -Infinity;
  for (const x of pelvisX) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  }
  // a camera wide enough to keep the whole walk in the picture (a pose model never reports a point
  // outside it), unless a width is asked for
  if (opts.width == null) width = Math.max(width, Math.ceil(Hpx * (maxX - minX + 1.5)));
  const x0 = width / 2 - (Hpx * (minX + maxX)) / 2;
  const groundY = height * 0.94;

  const frames: PoseFrame[] = [];
  const truth: SynthTruth = {
    fps,
    t_s: [],
    kneeFlexionDeg: { left: [], right: [] },
    kneePastToeCm: { left: [], right: [] },
    contacts: [],
    liftoffs: [],
    steps: { count: 0, left: 0, right: 0 },
    cadence_spm: cadenceSpm,
    stepTime_s: { left: tL, right: tR },
    stepTimeSi: si(tL, tR),
    stepLengthCm: { left: v * tL * statureCm, right: v * tR * statureCm },
    stepLengthSi: si(tL, tR),
    kneePeakDeg: { left: NaN, right: NaN },
    kneeRomDeg: { left: NaN, right: NaN },
    kneeRomSi: NaN,
    direction: [],
    transition: [],
    facing: [],
    swapped: [],
    shankPx: SHANK * Hpx,
    cmPerPx: statureCm / Hpx,
    statureCm,
    heightPx: Hpx,
    segments: segs,
  };
  const swayPhase = rand() * 6.28;

  for (let i = 0; i < n; i++) {
    const t = i / fps;
    const s = segAt(t);
    const ds = dirSign(s.mode);
    const yaw = yawAt(t);
    const lw = legsAt(t);
    const ankleF = { left: lw.left.ankle[0], right: lw.right.ankle[0] };
    const hipU = lw.hipU;
    const body: Record<string, [number, number, number]> = {}; // f, u, r
    for (const side of ['left', 'right'] as const) {
      const r = side === 'right' ? HIP_HALF : -HIP_HALF;
      const { knee, ankle } = lw[side];
      body[`${side}_hip`] = [0, hipU, r];
      body[`${side}_knee`] = [knee[0], knee[1], r];
      body[`${side}_ankle`] = [ankle[0], ankle[1], r];
      truth.kneeFlexionDeg[side].push(lw[side].flexion);
      truth.kneePastToeCm[side].push((knee[0] - (ankle[0] + FOREFOOT)) * statureCm);
    }
    const lean =
      ((lean0 +
        sway * (0.7 * Math.sin(2 * Math.PI * 0.37 * t + swayPhase) + 0.5 * Math.sin(2 * Math.PI * 0.91 * t + 1))) *
        Math.PI) /
      180;
    const rot = (f: number, u: number): [number, number] => [
      f * Math.cos(lean) + u * Math.sin(lean),
      -f * Math.sin(lean) + u * Math.cos(lean),
    ];
    const sh = rot(0, TORSO);
    const shoulderMid: [number, number] = [sh[0], hipU + sh[1]];
    const head = (f: number, u: number, r: number): [number, number, number] => {
      const p = rot(f, u);
      return [shoulderMid[0] + p[0], shoulderMid[1] + p[1], r];
    };
    body.nose = head(0.055, 0.09, 0);
    body.left_eye = head(0.05, 0.115, -0.03);
    body.right_eye = head(0.05, 0.115, 0.03);
    body.left_ear = head(-0.005, 0.105, -0.07);
    body.right_ear = head(-0.005, 0.105, 0.07);
    for (const side of ['left', 'right'] as const) {
      const r = side === 'right' ? SHOULDER_HALF : -SHOULDER_HALF;
      const other = side === 'left' ? 'right' : 'left';
      const alpha = ((20 * Math.PI) / 180) * (half > 0 ? ankleF[other] / half : 0);
      const shoulder: [number, number] = [shoulderMid[0], shoulderMid[1]];
      const elbow: [number, number] = [
        shoulder[0] + UPPER_ARM * Math.sin(alpha),
        shoulder[1] - UPPER_ARM * Math.cos(alpha),
      ];
      const fa = alpha + (25 * Math.PI) / 180;
      const wrist: [number, number] = [elbow[0] + FOREARM * Math.sin(fa), elbow[1] - FOREARM * Math.cos(fa)];
      body[`${side}_shoulder`] = [shoulder[0], shoulder[1], r];
      body[`${side}_elbow`] = [elbow[0], elbow[1], r];
      body[`${side}_wrist`] = [wrist[0], wrist[1], r];
    }
    // project: X = pelvis + f cos(yaw) − r sin(yaw); depth Z = f sin(yaw) + r cos(yaw) (+ = toward the camera)
    const cy = Math.cos(yaw),
      sy = Math.sin(yaw);
    const kps: Keypoint[] = KEYPOINT_NAMES.map((name) => {
      const [f, u, r] = body[name];
      const x = x0 + Hpx * (pelvisX[i] + f * cy - r * sy);
      const y = groundY - Hpx * u;
      const sideOf = name.startsWith('left') ? -1 : name.startsWith('right') ? 1 : 0;
      const depth = sideOf * cy; // + = near side in a side view
      let score = 0.92;
      if (depth < -0.5) {
        score = /hip|knee|ankle/.test(name) ? farScore : /ear/.test(name) ? 0.45 : 0.65;
      }
      return [x + noise * gaussian(rand), y + noise * gaussian(rand), score] as Keypoint;
    });
    let swapped = false;
    if (inRanges(i, opts.swaps)) {
      swap(kps, 13, 14);
      swap(kps, 15, 16);
      swapped = true;
    }
    if (inRanges(i, opts.ankleSwaps)) {
      swap(kps, 15, 16);
      swapped = true;
    }
    if (inRanges(i, opts.lowScore)) for (let k = 0; k < 17; k++) kps[k] = [kps[k][0], kps[k][1], 0.1];
    const jitter = opts.timeJitterMs ? (rand() - 0.5) * opts.timeJitterMs : 0;
    frames.push({ t: (1000 * i) / fps + jitter, keypoints: inRanges(i, opts.dropouts) ? null : kps });
    truth.t_s.push(t);
    truth.swapped.push(swapped);
    truth.direction.push(
      s.mode === 'turn' ? 'turning' : s.mode === 'standing' ? 'standing' : ds === 1 ? 'forward' : 'backward',
    );
    truth.transition.push(boundaries.some((b) => Math.abs(t - b) < 0.75));
    truth.facing.push(cy > 0.5 ? 'right' : cy < -0.5 ? 'left' : 'unknown');
  }

  // events: contacts at full amplitude, with the whole swing before them inside the clip
  const dur = n / fps;
  for (const side of ['left', 'right'] as const) {
    for (let k = -2; offset[side] + k * T < dur + T; k++) {
      const c = offset[side] + k * T;
      const lo = c + beta * T;
      const full = (a: number, b: number) => {
        for (let x = a; x <= b; x += 0.02) if (amp(Math.min(Math.max(x, 0), dur)) < 1) return false;
        return true;
      };
      if (c > 0 && c < dur && full(c - (1 - beta) * T, c + 0.25 * T)) truth.contacts.push({ t_s: c, side });
      if (lo > 0 && lo < dur && full(lo - 0.25 * T, lo + 0.25 * T)) truth.liftoffs.push({ t_s: lo, side });
    }
  }
  truth.contacts.sort((a, b) => a.t_s - b.t_s);
  truth.liftoffs.sort((a, b) => a.t_s - b.t_s);
  truth.steps = {
    count: truth.contacts.length,
    left: truth.contacts.filter((c) => c.side === 'left').length,
    right: truth.contacts.filter((c) => c.side === 'right').length,
  };
  // knee peak and range per gait cycle (contact to contact), from the model sampled at 1 kHz
  // (not at the frame rate, which would miss the true peak), median over at most 40 cycles
  for (const side of ['left', 'right'] as const) {
    const cs = truth.contacts
      .filter((c) => c.side === side)
      .map((c) => c.t_s)
      .slice(0, 41);
    const peaks: number[] = [],
      roms: number[] = [];
    for (let j = 1; j < cs.length; j++) {
      let mx = -Infinity,
        mn = Infinity;
      for (let t = cs[j - 1]; t <= cs[j]; t += 0.001) {
        const f = legsAt(t)[side].flexion;
        mx = Math.max(mx, f);
        mn = Math.min(mn, f);
      }
      peaks.push(mx);
      roms.push(mx - mn);
    }
    truth.kneePeakDeg[side] = med(peaks);
    truth.kneeRomDeg[side] = med(roms);
  }
  truth.kneeRomSi = si(truth.kneeRomDeg.left, truth.kneeRomDeg.right);
  return { input: { fps, width, height, frames }, truth };
}

function si(l: number, r: number): number {
  return ((l - r) / (0.5 * (l + r))) * 100;
}

function med(a: number[]): number {
  if (!a.length) return NaN;
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function swap(k: Keypoint[], a: number, b: number): void {
  const tmp = k[a];
  k[a] = k[b];
  k[b] = tmp;
}

/** Two-link inverse kinematics in the sagittal plane (f, u); the knee flexes forward (+f). */
function solveKnee(hip: [number, number], ankle: [number, number]): [number, number] {
  const dx = ankle[0] - hip[0],
    dy = ankle[1] - hip[1];
  let d = Math.hypot(dx, dy);
  const ux = dx / d,
    uy = dy / d;
  d = Math.min(d, THIGH + SHANK - 1e-9);
  const c = (THIGH * THIGH + d * d - SHANK * SHANK) / (2 * THIGH * d);
  const th = Math.acos(Math.max(-1, Math.min(1, c)));
  // rotate the hip→ankle direction by +th (counter-clockwise in f-right/u-up): knee ends up in front
  const kx = ux * Math.cos(th) - uy * Math.sin(th),
    ky = ux * Math.sin(th) + uy * Math.cos(th);
  return [hip[0] + THIGH * kx, hip[1] + THIGH * ky];
}

function flexion(h: [number, number], k: [number, number], a: [number, number]): number {
  const ux = h[0] - k[0],
    uy = h[1] - k[1],
    vx = a[0] - k[0],
    vy = a[1] - k[1];
  const ang = Math.acos((ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy)));
  return 180 - (ang * 180) / Math.PI;
}

/** Mirrors the image left↔right (x → width − x), keeping the labels. */
export function mirrorFrames(input: SynthResult['input']): SynthResult['input'] {
  return {
    ...input,
    frames: input.frames.map((f) => ({
      t: f.t,
      keypoints: f.keypoints ? f.keypoints.map(([x, y, s]) => [input.width - x, y, s] as Keypoint) : null,
    })),
  };
}

/** Plays the clip backward: frame order reversed, times re-counted from zero. */
export function reverseFrames(input: SynthResult['input']): SynthResult['input'] {
  const last = input.frames[input.frames.length - 1]?.t ?? 0;
  return { ...input, frames: [...input.frames].reverse().map((f) => ({ t: last - f.t, keypoints: f.keypoints })) };
}

/** Scales every pixel coordinate (and the image) by k. */
export function scaleFrames(input: SynthResult['input'], k: number): SynthResult['input'] {
  return {
    ...input,
    width: input.width * k,
    height: input.height * k,
    frames: input.frames.map((f) => ({
      t: f.t,
      keypoints: f.keypoints ? f.keypoints.map(([x, y, s]) => [x * k, y * k, s] as Keypoint) : null,
    })),
  };
}
