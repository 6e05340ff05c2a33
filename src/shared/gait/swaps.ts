/**
 * Left/right leg swap repair from continuity. Pose models mislabel the legs in side views (the
 * "left" knee or ankle jumps to the other leg for a few frames). Every frame gets a parity:
 * bit 0 = knees swapped, bit 1 = ankles swapped. A Viterbi pass over the whole session picks the
 * parities that minimise
 *   Σ |P_i − (2 P_{i−1} − P_{i−2})|² / S²      (constant-velocity continuity of each leg's points)
 * + Σ (|knee − ankle| / S − 1)²                 (each leg keeps its shank length S)
 * + λ · (swapped pairs per frame)               (labels are right unless continuity says otherwise)
 * which is globally optimal for that cost; it repairs swaps of a few frames to ~1 s, and leaves
 * legs that genuinely cross (they are close, so the choice costs nothing either way).
 */
import { KP } from '../pose/keypoints';
import { KP_STRIDE, ONLINE_SWAP_COST_SHARE, SWAP_BREAK_COST, SWAP_FIRST_ORDER_WEIGHT, SWAP_PENALTY } from './constants';
import { pointX, pointY, swapPoints } from './series';

export interface SwapRepair {
  /** Per frame: bit 0 = knees were swapped, bit 1 = ankles were swapped (after repair they are not). */
  parity: Uint8Array;
  /** Frames where something was swapped back. */
  framesRepaired: number;
  /** Runs of consecutive repaired frames. */
  episodes: number;
}

export interface SwapOptions {
  /** Robust shank length (px) for normalisation. */
  shankPx: number;
  /** Cost of calling one joint pair swapped in one frame (default SWAP_PENALTY). */
  lambda?: number;
}

/**
 * Second-order continuity costs of one joint pair (keypoints l, r) at frame i, for the 8 parity
 * combinations c = (b2 << 2) | (b1 << 1) | b0 of frames i−2, i−1, i, written into out[0..8).
 * A side with a point missing in frame i−2 falls back to first order (SWAP_FIRST_ORDER_WEIGHT); moving a point
 * into a track with no previous point while the other track has one costs SWAP_BREAK_COST.
 */
export function pairCosts(
  d: Float64Array,
  i: number,
  l: number,
  r: number,
  inv: number,
  order2: boolean,
  out: Float64Array,
): void {
  const o0 = i * KP_STRIDE,
    o1 = o0 - KP_STRIDE,
    o2 = o1 - KP_STRIDE;
  // points of frames i, i−1, i−2: index 0 = labelled left, 1 = labelled right
  const x0a = pointX(d, o0, l),
    y0a = pointY(d, o0, l),
    x0b = pointX(d, o0, r),
    y0b = pointY(d, o0, r);
  const x1a = pointX(d, o1, l),
    y1a = pointY(d, o1, l),
    x1b = pointX(d, o1, r),
    y1b = pointY(d, o1, r);
  const x2a = order2 ? pointX(d, o2, l) : NaN,
    y2a = order2 ? pointY(d, o2, l) : NaN;
  const x2b = order2 ? pointX(d, o2, r) : NaN,
    y2b = order2 ? pointY(d, o2, r) : NaN;
  // flipping every bit only exchanges the two sides, so c and 7 − c cost the same
  for (let c = 0; c < 4; c++) {
    const b2 = (c >> 2) & 1,
      b1 = (c >> 1) & 1,
      b0 = c & 1;
    let cost = 0;
    for (let s = 0; s < 2; s++) {
      // side s takes the labelled-left point when its bit equals s... i.e. (s === 0) !== (bit === 1)
      const p0 = (s ^ b0) === 0,
        p1 = (s ^ b1) === 0,
        p2 = (s ^ b2) === 0;
      const x0 = p0 ? x0a : x0b,
        y0 = p0 ? y0a : y0b;
      const x1 = p1 ? x1a : x1b,
        y1 = p1 ? y1a : y1b;
      if (x0 !== x0) continue;
      if (x1 !== x1) {
        // this track has no previous point: moving a point into it while the other track has
        // one (and could continue) is a track break, not free
        const xo = p1 ? x1b : x1a;
        if (xo === xo) cost += SWAP_BREAK_COST;
        continue;
      }
      const x2 = p2 ? x2a : x2b,
        y2 = p2 ? y2a : y2b;
      if (x2 === x2) {
        const ex = x0 - 2 * x1 + x2,
          ey = y0 - 2 * y1 + y2;
        cost += (ex * ex + ey * ey) * inv;
      } else {
        const ex = x0 - x1,
          ey = y0 - y1;
        cost += SWAP_FIRST_ORDER_WEIGHT * (ex * ex + ey * ey) * inv;
      }
    }
    out[c] = cost;
    out[7 - c] = cost;
  }
}

/** Shank-length cost of pairing knee a with ankle a (cross = false) or with ankle b (cross = true). */
function shankCost(d: Float64Array, i: number, cross: boolean, S: number): number {
  const o = i * KP_STRIDE;
  const leftAnkle = cross ? KP.rightAnkle : KP.leftAnkle,
    rightAnkle = cross ? KP.leftAnkle : KP.rightAnkle;
  return shankError(d, o, KP.leftKnee, leftAnkle, S) + shankError(d, o, KP.rightKnee, rightAnkle, S);
}

/** (|knee − ankle| / S − 1)², 0 when either point is missing. */
function shankError(d: Float64Array, o: number, knee: number, ankle: number, S: number): number {
  const kx = pointX(d, o, knee),
    ax = pointX(d, o, ankle);
  if (kx !== kx || ax !== ax) return 0;
  const dx = kx - ax,
    dy = pointY(d, o, knee) - pointY(d, o, ankle);
  const e = Math.sqrt(dx * dx + dy * dy) / S - 1;
  return e * e;
}

/**
 * Costs of frame i's own parity p = 0…3, written into out[o + p]: how well each knee paired with an
 * ankle keeps the shank length S (parities 0 and 3 pair each knee with its own ankle, 1 and 2
 * crosswise), plus λ per swapped pair.
 */
export function parityCosts(d: Float64Array, i: number, S: number, lambda: number, out: Float64Array, o: number): void {
  const own = shankCost(d, i, false, S),
    cross = shankCost(d, i, true, S);
  out[o] = own;
  out[o + 1] = lambda + cross;
  out[o + 2] = lambda + cross;
  out[o + 3] = 2 * lambda + own;
}

/** Working space of newestFrameParity, which a caller running it every frame keeps and passes in. */
export interface ParityScratch {
  knees: Float64Array;
  ankles: Float64Array;
  own: Float64Array;
}

export function parityScratch(): ParityScratch {
  return { knees: new Float64Array(8), ankles: new Float64Array(8), own: new Float64Array(4) };
}

/**
 * The parity that repairs the newest frame i (≥ 2) of `d` against frames i − 1 and i − 2 as they
 * stand (repaired already: parity 0), by the terms of frame i in repairLegSwaps' cost. Without the
 * frames after it to confirm a swap, one is taken only when clearly cheaper than keeping the labels:
 * below ONLINE_SWAP_COST_SHARE of that cost, and by at least λ. 0 without a shank length.
 */
export function newestFrameParity(
  d: Float64Array,
  i: number,
  S: number,
  scratch: ParityScratch = parityScratch(),
  lambda = SWAP_PENALTY,
): number {
  if (!(S > 0)) return 0;
  const inv = 1 / (S * S);
  const { knees, ankles, own } = scratch;
  pairCosts(d, i, KP.leftKnee, KP.rightKnee, inv, true, knees);
  pairCosts(d, i, KP.leftAnkle, KP.rightAnkle, inv, true, ankles);
  parityCosts(d, i, S, lambda, own, 0);
  // the frames before keep their labels (b2 = b1 = 0): combination c = b0 of each pair
  const keep = own[0]! + knees[0]! + ankles[0]!;
  let best = 0,
    bestCost = keep;
  for (let p = 1; p < 4; p++) {
    const cost = own[p]! + knees[p & 1]! + ankles[(p >> 1) & 1]!;
    if (cost < bestCost) {
      best = p;
      bestCost = cost;
    }
  }
  return best !== 0 && bestCost < ONLINE_SWAP_COST_SHARE * keep && keep - bestCost >= lambda ? best : 0;
}

/** Runs of consecutive frames whose parity is not 0. */
export function swapEpisodes(parity: Uint8Array): number {
  let episodes = 0;
  for (let i = 0; i < parity.length; i++) if (parity[i] && (i === 0 || !parity[i - 1])) episodes++;
  return episodes;
}

/**
 * Per frame, what two relabellings of the same joint pairs come to together (each bit flips twice
 * back to 0): the continuity repair's parity and the feet's identity's (leg-identity.ts).
 */
export function combinedParity(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.map((p, i) => p ^ b[i]!);
}

/** Finds and undoes leg swaps in a flat keypoint buffer (in place). */
export function repairLegSwaps(d: Float64Array, n: number, opts: SwapOptions): SwapRepair {
  const parity = new Uint8Array(n);
  const S = opts.shankPx;
  if (n < 3 || !(S > 0)) return { parity, framesRepaired: 0, episodes: 0 };
  const lambda = opts.lambda ?? SWAP_PENALTY;
  const inv = 1 / (S * S);
  const unary = new Float64Array(n * 4);
  for (let i = 0; i < n; i++) parityCosts(d, i, S, lambda, unary, i * 4);
  // state s = pPrev * 4 + pCur
  let cost = new Float64Array(16);
  let next = new Float64Array(16);
  const back = new Uint8Array(n * 16);
  const tk = new Float64Array(8),
    ta = new Float64Array(8);
  // frame 1 (first order): combinations with b2 = 0 are c = (b1 << 1) | b0
  pairCosts(d, 1, KP.leftKnee, KP.rightKnee, inv, false, tk);
  pairCosts(d, 1, KP.leftAnkle, KP.rightAnkle, inv, false, ta);
  for (let p1 = 0; p1 < 4; p1++)
    for (let p0 = 0; p0 < 4; p0++) {
      cost[p1 * 4 + p0] =
        unary[p1]! + unary[4 + p0]! + tk[((p1 & 1) << 1) | (p0 & 1)]! + ta[(((p1 >> 1) & 1) << 1) | ((p0 >> 1) & 1)]!;
    }
  for (let i = 2; i < n; i++) {
    pairCosts(d, i, KP.leftKnee, KP.rightKnee, inv, true, tk);
    pairCosts(d, i, KP.leftAnkle, KP.rightAnkle, inv, true, ta);
    for (let p1 = 0; p1 < 4; p1++) {
      for (let p0 = 0; p0 < 4; p0++) {
        let best = Infinity,
          arg = 0;
        for (let p2 = 0; p2 < 4; p2++) {
          const ck = tk[((p2 & 1) << 2) | ((p1 & 1) << 1) | (p0 & 1)]!;
          const ca = ta[(((p2 >> 1) & 1) << 2) | (((p1 >> 1) & 1) << 1) | ((p0 >> 1) & 1)]!;
          const v = cost[p2 * 4 + p1]! + ck + ca;
          if (v < best) {
            best = v;
            arg = p2;
          }
        }
        next[p1 * 4 + p0] = best + unary[i * 4 + p0]!;
        back[i * 16 + p1 * 4 + p0] = arg;
      }
    }
    const tmp = cost;
    cost = next;
    next = tmp;
  }
  let bestS = 0;
  for (let s = 1; s < 16; s++) if (cost[s]! < cost[bestS]!) bestS = s;
  let p1 = bestS >> 2,
    p0 = bestS & 3;
  parity[n - 1] = p0;
  parity[n - 2] = p1;
  for (let i = n - 1; i >= 2; i--) {
    const p2 = back[i * 16 + p1 * 4 + p0]!;
    parity[i - 2] = p2;
    p0 = p1;
    p1 = p2;
  }
  let framesRepaired = 0;
  for (let i = 0; i < n; i++) {
    const p = parity[i]!;
    if (p & 1) swapPoints(d, i, KP.leftKnee, KP.rightKnee);
    if (p & 2) swapPoints(d, i, KP.leftAnkle, KP.rightAnkle);
    if (p) framesRepaired++;
  }
  return { parity, framesRepaired, episodes: swapEpisodes(parity) };
}
