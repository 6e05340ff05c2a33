/**
 * A walk from standing to standing in a side view, with exact foot contacts, for the events that
 * the cyclic synthetic walker (synthetic-gait.ts) never has: the first step out of a standstill and
 * the closing step, where the trailing foot lands beside the other and the walker stops.
 *
 * Along the walking direction (statures): both feet start at 0; contact k (k = 1…N) puts foot s_k
 * (sides alternate) at k·L, except the last (closing) contact, which lands beside the other foot.
 * Each foot swings for `swing` seconds before its contact (an eased path, lifted in the middle) and
 * is planted otherwise. The pelvis is midway between the feet at each contact and over the feet at
 * the end, smoothed, so it never stops while the walker walks. Knees by two-link inverse kinematics,
 * flexing toward the facing; walking backward travels opposite to the facing.
 */
import type { Keypoint, PoseFrame } from '../../src/shared/pose/types';
import { mulberry32 } from './synthetic-gait';

export interface StartStopOptions {
  fps?: number;
  facing?: 'left' | 'right';
  direction?: 'forward' | 'backward';
  /** Foot contacts, the closing one included (≥ 3). */
  contacts?: number;
  stepTime_s?: number;
  /** Step length, share of stature. */
  stepLength?: number;
  firstSide?: 'left' | 'right';
  standBefore_s?: number;
  standAfter_s?: number;
  heightPx?: number;
  noisePx?: number;
  seed?: number;
}

export interface StartStopWalk {
  input: { fps: number; width: number; height: number; frames: PoseFrame[] };
  contacts: Array<{ t_s: number; side: 'left' | 'right' }>;
}

const THIGH = 0.245,
  SHANK = 0.246,
  ANKLE_H = 0.039,
  TORSO = 0.288,
  HIP_U = 0.465;

export function startStopWalk(o: StartStopOptions = {}): StartStopWalk {
  const fps = o.fps ?? 30,
    N = o.contacts ?? 6,
    T = o.stepTime_s ?? 0.6,
    L = o.stepLength ?? 0.3;
  const swing = 2 * T * (1 - 0.62);
  const before = o.standBefore_s ?? 1,
    after = o.standAfter_s ?? 1.2;
  const Hpx = o.heightPx ?? 300,
    noise = o.noisePx ?? 0;
  const rand = mulberry32(o.seed ?? 1);
  const F = o.facing === 'left' ? -1 : 1; // image sign of the facing
  const travel = (o.direction ?? 'forward') === 'forward' ? F : -F; // image sign of the travel
  const first = o.firstSide ?? 'left';
  const other = (s: 'left' | 'right') => (s === 'left' ? 'right' : 'left');

  // contacts: time, side, landing place; each foot's previous place
  const c: Array<{ t: number; side: 'left' | 'right'; to: number; from: number }> = [];
  const place = { left: 0, right: 0 };
  for (let k = 1; k <= N; k++) {
    const side = k % 2 === 1 ? first : other(first);
    const to = k < N ? k * L : (N - 1) * L;
    c.push({ t: before + k * T, side, to, from: place[side] });
    place[side] = to;
  }
  const total = before + N * T + after;
  const n = Math.round(total * fps);
  const ease = (q: number) => (q <= 0 ? 0 : q >= 1 ? 1 : q * q * (3 - 2 * q));
  const footAt = (side: 'left' | 'right', t: number): [number, number] => {
    let x = 0,
      lift = 0;
    for (const e of c) {
      if (e.side !== side) continue;
      if (t >= e.t) x = e.to;
      else if (t > e.t - swing) {
        const q = (t - (e.t - swing)) / swing;
        x = e.from + (e.to - e.from) * ease(q);
        lift = 0.05 * Math.sin(Math.PI * q) ** 2;
      }
    }
    return [x, ANKLE_H + lift];
  };
  // pelvis: knots midway between the feet at each contact, over the feet at the end, smoothed twice
  const knots: Array<[number, number]> = [[c[0].t - T, 0]];
  for (let k = 0; k < N - 1; k++) knots.push([c[k].t, (c[k].to + (k > 0 ? c[k - 1].to : 0)) / 2]);
  knots.push([c[N - 1].t + T / 2, c[N - 1].to]);
  const lin = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / fps;
    let v = t <= knots[0][0] ? knots[0][1] : knots[knots.length - 1][1];
    for (let j = 0; j + 1 < knots.length; j++) {
      const [t0, x0] = knots[j],
        [t1, x1] = knots[j + 1];
      if (t >= t0 && t < t1) v = x0 + ((x1 - x0) * (t - t0)) / (t1 - t0);
    }
    lin[i] = v;
  }
  const box = (v: Float64Array, half: number) =>
    v.map((_, i) => {
      let s = 0,
        m = 0;
      for (let j = Math.max(0, i - half); j <= Math.min(v.length - 1, i + half); j++) {
        s += v[j];
        m++;
      }
      return s / m;
    });
  const pelvis = box(box(lin, Math.round((T * fps) / 4)), Math.round((T * fps) / 4));

  const span = (N - 1) * L;
  const width = Math.ceil(Hpx * (span + 2)),
    height = Math.ceil(Hpx * 1.4);
  const x0 = width / 2 - (travel * Hpx * span) / 2,
    groundY = height - 0.15 * Hpx;
  const img = (f: number, u: number): [number, number] => [x0 + travel * Hpx * f, groundY - Hpx * u];
  // knee: the intersection of the thigh and shank circles on the facing side (straight if out of reach)
  const facingF = travel === F ? 1 : -1; // facing sign along the travel axis
  const knee = (h: [number, number], a: [number, number]): [number, number] => {
    const dx = a[0] - h[0],
      dy = a[1] - h[1],
      dd = Math.hypot(dx, dy);
    if (dd >= THIGH + SHANK) return [h[0] + (dx * THIGH) / dd, h[1] + (dy * THIGH) / dd];
    const along = (THIGH * THIGH - SHANK * SHANK + dd * dd) / (2 * dd),
      off = Math.sqrt(THIGH * THIGH - along * along);
    const mx = h[0] + (dx * along) / dd,
      my = h[1] + (dy * along) / dd;
    // the perpendicular (−dy, dx)/dd points toward +f when the hip is above the ankle
    const sgn = facingF * Math.sign(-dy || -1);
    return [mx - (sgn * off * dy) / dd, my + (sgn * off * dx) / dd];
  };
  const frames: PoseFrame[] = [];
  for (let i = 0; i < n; i++) {
    const t = i / fps,
      p = pelvis[i];
    const hip: [number, number] = [p, HIP_U];
    const pts: Record<number, [number, number]> = {};
    const sh: [number, number] = [p + facingF * TORSO * Math.sin(0.05), HIP_U + TORSO];
    const head = (f: number, u: number): [number, number] => [sh[0] + facingF * f, sh[1] + u];
    pts[0] = head(0.055, 0.09);
    pts[1] = head(0.05, 0.115);
    pts[2] = head(0.05, 0.115);
    pts[3] = head(-0.005, 0.105);
    pts[4] = head(-0.005, 0.105);
    pts[5] = sh;
    pts[6] = sh;
    pts[7] = [sh[0], sh[1] - 0.186];
    pts[8] = [sh[0], sh[1] - 0.186];
    pts[9] = [sh[0] + facingF * 0.05, sh[1] - 0.32];
    pts[10] = [sh[0] + facingF * 0.05, sh[1] - 0.32];
    pts[11] = hip;
    pts[12] = hip;
    const la = footAt('left', t),
      ra = footAt('right', t);
    pts[13] = knee(hip, la);
    pts[14] = knee(hip, ra);
    pts[15] = la;
    pts[16] = ra;
    const keypoints: Keypoint[] = [];
    for (let k = 0; k < 17; k++) {
      const [x, y] = img(pts[k][0], pts[k][1]);
      const g = () =>
        noise ? noise * Math.sqrt(-2 * Math.log(Math.max(1e-12, rand()))) * Math.cos(2 * Math.PI * rand()) : 0;
      keypoints.push([x + g(), y + g(), 0.9]);
    }
    frames.push({ t: (i * 1000) / fps, keypoints });
  }
  return { input: { fps, width, height, frames }, contacts: c.map((e) => ({ t_s: e.t, side: e.side })) };
}
