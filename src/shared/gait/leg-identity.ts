/**
 * Which foot made each contact, and which labelled keypoints belong to which leg, without trusting
 * the pose model's left/right labels frame by frame.
 *
 * 1. Sides of contacts: within a run of contacts (no gap longer than ALTERNATION_BREAK median step
 *    times) feet alternate, so a run has only two possible side sequences. Every frame of the run
 *    where the ankles' order is clear votes with its labels for one of them (see 2 for where each
 *    foot is); the majority wins. Swaps that cover less than half of a run's frames cannot change
 *    a side.
 * 2. Identity per frame: between contact j (foot S lands ahead) and contact j+1, S is planted and the
 *    other foot swings past it once, where the ankles' separation along the walking direction is
 *    smallest. Before that crossing S is the front ankle, after it the rear one; near the crossing,
 *    where the order is uncertain, S is the lower (planted) ankle. The ankles' labels are set to
 *    that identity, then each knee goes with the ankle it makes a shank-length leg with.
 */
import { KP } from '../pose/keypoints';
import { ALTERNATION_BREAK, CROSSING_BAND, KP_STRIDE, LIFT_MIN, MAX_STEP_S, PAIRING_MARGIN } from './constants';
import type { DetectedEvent, WalkRange } from './events';
import { consecutivePairs, median, pointX, pointY, swapPoints } from './series';
import type { StepEvent } from './step-events';
import type { Side } from './types';

const other = (s: Side): Side => (s === 'left' ? 'right' : 'left');

/** u·(x_leftAnkle − x_rightAnkle) at frame i, px (NaN when an ankle is unknown). */
function ankleOrder(d: Float64Array, i: number, u: number): number {
  const o = i * KP_STRIDE;
  return u * (pointX(d, o, KP.leftAnkle) - pointX(d, o, KP.rightAnkle));
}

/**
 * Gives every contact and lift-off a side: alternation within runs, phase by majority of the
 * labels `d` carries at the contacts. `d` holds the (swap-repaired, unfiltered) keypoints.
 */
export function assignSides(
  events: readonly StepEvent[],
  ranges: readonly WalkRange[],
  d: Float64Array,
  shankPx: number,
): DetectedEvent[] {
  const out: DetectedEvent[] = [];
  for (const [k, range] of ranges.entries()) {
    const evs = events.filter((e) => e.range === k);
    const contacts = evs.filter((e) => e.kind === 'contact');
    // every contact of the range is in one alternation run, so it gets a side here
    const sides = new Map<StepEvent, Side>();
    for (const run of alternationRuns(contacts)) {
      const firstLeft = labelsSayFirstIsLeft(run, d, range.u, shankPx);
      run.forEach((c, j) => sides.set(c, (j % 2 === 0) === firstLeft ? 'left' : 'right'));
    }
    for (const e of evs) {
      if (e.kind === 'contact') {
        out.push({ t_s: e.t_s, side: sides.get(e)!, kind: 'contact', frame: e.frame });
        continue;
      }
      // a lift-off is the trailing foot's: the other foot of the contact before it, else the foot
      // of the contact after it (it is the one that swings to land there)
      const before = contacts.filter((c) => c.t_s < e.t_s).pop();
      const after = contacts.find((c) => c.t_s > e.t_s);
      const side = before ? other(sides.get(before)!) : after ? sides.get(after)! : null;
      if (side) out.push({ t_s: e.t_s, side, kind: 'liftoff', frame: e.frame });
    }
  }
  return out.sort((a, b) => a.t_s - b.t_s);
}

/**
 * The majority of the labels over a run: every frame between its contacts where the ankles' order
 * is clear votes for "the run's first contact is the left foot's" when the labelled-left ankle is
 * where that sequence puts the left foot (ahead before the swing foot passes, behind after), and
 * against it otherwise. A run of one contact votes with the label of the ankle ahead at it.
 */
function labelsSayFirstIsLeft(run: readonly StepEvent[], d: Float64Array, u: number, shankPx: number): boolean {
  let agree = 0,
    disagree = 0;
  for (const [j, [first, next]] of consecutivePairs(run).entries()) {
    const a = first.frame,
      b = next.frame;
    const crossing = crossingFrame(d, a, b, u);
    const sIsLeft = j % 2 === 0; // under "the first contact is left"
    for (let i = a; i < b; i++) {
      const order = ankleOrder(d, i, u);
      if (!(Math.abs(order) >= CROSSING_BAND * shankPx)) continue;
      if (order > 0 === (sIsLeft === i < crossing)) agree++;
      else disagree++;
    }
  }
  const [only] = run;
  if (run.length === 1 && only) {
    const order = ankleOrder(d, only.frame, u);
    if (order === order && order !== 0) return order > 0;
  }
  return agree >= disagree;
}

/** Consecutive contacts with no gap longer than a step could be. */
function alternationRuns(contacts: readonly StepEvent[]): StepEvent[][] {
  const gaps = consecutivePairs(contacts).map(([a, b]) => b.t_s - a.t_s);
  const limit = Math.min(MAX_STEP_S, gaps.length >= 2 ? ALTERNATION_BREAK * median(gaps) : MAX_STEP_S);
  const runs: StepEvent[][] = [];
  for (const c of contacts) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && !(c.t_s - previous.t_s > limit)) run.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * First frame after the feet passed each other in [a, b]: next to the frame of least separation,
 * on the side of its closer neighbour (the pass lies between the two).
 */
function crossingFrame(d: Float64Array, a: number, b: number, u: number): number {
  const sep = (i: number) => Math.abs(ankleOrder(d, i, u));
  let c = b,
    least = Infinity;
  for (let i = a; i <= b; i++) {
    const s = sep(i);
    if (s < least) {
      least = s;
      c = i;
    }
  }
  const before = c > a ? sep(c - 1) : Infinity,
    after = c < b ? sep(c + 1) : Infinity;
  return before <= after || after !== after ? c : c + 1;
}

function legError(d: Float64Array, o: number, knee: number, ankle: number, S: number): number {
  const kx = pointX(d, o, knee),
    ky = pointY(d, o, knee),
    ax = pointX(d, o, ankle),
    ay = pointY(d, o, ankle);
  if (kx !== kx || ax !== ax) return 0;
  const e = Math.hypot(kx - ax, ky - ay) / S - 1;
  return e * e;
}

/** The keypoints that follow the feet's identity: knees and ankles. */
export const LEG_KEYPOINTS: readonly number[] = [KP.leftKnee, KP.rightKnee, KP.leftAnkle, KP.rightAnkle];

/**
 * The filtered buffer `d` takes its leg keypoints (LEG_KEYPOINTS) from `raw`, where applyLegIdentity
 * relabelled them, and its confidence mask (n × 17) follows raw's scores there; the other keypoints
 * are left as they are. Both in place; the legs are to be filtered again afterwards.
 */
export function adoptLegKeypoints(d: Float64Array, mask: Uint8Array, raw: Float64Array, n: number): void {
  for (const k of LEG_KEYPOINTS) {
    for (let i = 0; i < n; i++) {
      const o = i * KP_STRIDE + k * 3;
      d[o] = raw[o]!;
      d[o + 1] = raw[o + 1]!;
      d[o + 2] = raw[o + 2]!;
      mask[i * 17 + k] = raw[o + 2]! > 0 ? 1 : 0;
    }
  }
}

/**
 * Relabels the ankles (and re-pairs the knees) of `d` in place from the contacts' sides, for the
 * frames between the first and last contact of each walking range. Returns per frame the bits it
 * changed: 1 = knees exchanged, 2 = ankles exchanged.
 */
export function applyLegIdentity(
  d: Float64Array,
  n: number,
  events: readonly DetectedEvent[],
  ranges: readonly WalkRange[],
  shankPx: number,
): Uint8Array {
  const changed = new Uint8Array(n);
  for (const range of ranges) {
    const contacts = events.filter((e) => e.kind === 'contact' && e.frame >= range.start && e.frame < range.end);
    for (const [contact, next] of consecutivePairs(contacts)) {
      const a = contact.frame,
        b = next.frame;
      if (next.t_s - contact.t_s > MAX_STEP_S || b <= a) continue;
      const S = contact.side;
      const crossing = crossingFrame(d, a, b, range.u);
      for (let i = a; i < b; i++) {
        const order = ankleOrder(d, i, range.u);
        if (order !== order) continue;
        let leftIsS: boolean | null;
        if (Math.abs(order) >= CROSSING_BAND * shankPx) {
          const leftFront = order > 0,
            sFront = i < crossing;
          leftIsS = leftFront === sFront;
        } else {
          const o = i * KP_STRIDE;
          const dy = pointY(d, o, KP.leftAnkle) - pointY(d, o, KP.rightAnkle); // + = left lower
          leftIsS = Math.abs(dy) >= LIFT_MIN * shankPx ? dy > 0 : null;
        }
        if (leftIsS !== null && leftIsS !== (S === 'left')) {
          swapPoints(d, i, KP.leftAnkle, KP.rightAnkle);
          changed[i]! |= 2;
        }
      }
    }
    const first = contacts[0],
      last = contacts.at(-1);
    if (!first || !last || contacts.length < 2) continue;
    for (let i = first.frame; i < last.frame; i++) {
      const o = i * KP_STRIDE;
      const own =
        legError(d, o, KP.leftKnee, KP.leftAnkle, shankPx) + legError(d, o, KP.rightKnee, KP.rightAnkle, shankPx);
      const cross =
        legError(d, o, KP.leftKnee, KP.rightAnkle, shankPx) + legError(d, o, KP.rightKnee, KP.leftAnkle, shankPx);
      if (cross + PAIRING_MARGIN < own) {
        swapPoints(d, i, KP.leftKnee, KP.rightKnee);
        changed[i]! |= 1;
      }
    }
  }
  return changed;
}
