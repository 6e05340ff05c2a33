/**
 * Foot contacts and lift-offs from signals that a left/right label swap cannot change.
 *
 * Pose models often exchange the labels of the two legs in a side view, so events are found on the
 * two feet taken as "the foot ahead" and "the foot behind" along the walking direction u:
 *   front_i = max(u·(ankleL − pelvis), u·(ankleR − pelvis)),  rear_i = min(…)
 * (pelvis = hip midpoint). Exchanging the labels leaves both unchanged. In every step the new
 * leading foot lands at its most forward position relative to the pelvis, so each maximum of
 * `front` is one foot contact (Zeni, Richards & Higginson 2008, applied to the leading foot), and
 * the trailing foot leaves the ground at its most backward position, so each minimum of `rear` is
 * one lift-off. Which foot it was is decided afterwards (leg-identity.ts).
 *
 * A walk that ends standing ends with a step that does not pass the other foot (the feet close
 * together): `rear` then rises to a plateau instead of a peak, and the contact is where the rise
 * settles. A walk that ends with a passing step ends on a settled maximum of `front`. Both are
 * accepted once the data after them stay settled for a while (not only when the signal comes
 * back by h/2, which a walker who stops never does).
 */
import { CLOSED_FEET, LOWPASS_HZ, MAX_GAP_S, MIN_STEP_FRAMES, MIN_STEP_S, MIN_STEP_SHARE, SETTLE_S } from './constants';
import { lowpass } from './butterworth';
import { extremes, hysteresisOf, refineTime, settlePoint, type Extreme, type WalkRange } from './events';
import { at, consecutivePairs, fillGaps, median, sortedFinite } from './series';

export interface StepEventInput {
  /** Frame times (s). */
  t: ArrayLike<number>;
  /** Image-x of the two ankles minus the pelvis (px), per frame, NaN where unknown; labels are irrelevant. */
  relA: ArrayLike<number>;
  relB: ArrayLike<number>;
  ranges: readonly WalkRange[];
  shankPx: number;
  fs: number;
}

export interface StepEvent {
  frame: number;
  t_s: number;
  kind: 'contact' | 'liftoff';
  /** How a contact was found: a peak of the leading foot, or the settling of a closing step. */
  source: 'front' | 'closing' | 'rear';
  /** Signal value at the event (shank lengths), for ranking close duplicates. */
  value: number;
  range: number;
}

/**
 * Label-free front/rear series along u over one range, in shank lengths: per frame from the
 * unfiltered ankles (so a swap cannot blur two legs together), then gap-bridged and low-passed.
 */
export function frontRear(
  relA: ArrayLike<number>,
  relB: ArrayLike<number>,
  range: WalkRange,
  shankPx: number,
  fs: number,
): { front: Float64Array; rear: Float64Array } {
  const len = range.end - range.start;
  const front = new Float64Array(len),
    rear = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const a = (range.u * relA[range.start + i]!) / shankPx,
      b = (range.u * relB[range.start + i]!) / shankPx;
    // NaN where either ankle is unknown (Math.max and Math.min give NaN then)
    front[i] = Math.max(a, b);
    rear[i] = Math.min(a, b);
  }
  const maxGap = Math.max(1, Math.round(MAX_GAP_S * fs));
  fillGaps(front, 0, 1, len, maxGap);
  fillGaps(rear, 0, 1, len, maxGap);
  return { front: lowpass(front, fs, LOWPASS_HZ), rear: lowpass(rear, fs, LOWPASS_HZ) };
}

/** Contacts and lift-offs of every walking range, sorted by time; sides are not assigned here. */
export function detectStepEvents(input: StepEventInput): StepEvent[] {
  const out: StepEvent[] = [];
  const settle = Math.max(2, Math.round(SETTLE_S * input.fs));
  input.ranges.forEach((range, k) => {
    const len = range.end - range.start;
    if (len < 3) return;
    const { front, rear } = frontRear(input.relA, input.relB, range, input.shankPx, input.fs);
    const hF = hysteresisOf(sortedFinite(front)),
      hR = hysteresisOf(sortedFinite(rear)); // NaN when the feet are never both seen: no extremes then
    const events: StepEvent[] = [];
    const push = (
      sig: Float64Array,
      x: Extreme,
      s: number,
      e: number,
      kind: StepEvent['kind'],
      source: StepEvent['source'],
    ) => {
      // a settled extreme is where the motion stopped, not a peak: no parabola through it
      const t_s = x.settled ? at(input.t, range.start + x.idx) : refineTime(input.t, sig, x.idx, range.start, s, e);
      events.push({ frame: range.start + x.idx, t_s, kind, source, value: at(sig, x.idx), range: k });
    };
    let lastFront = -1;
    forFiniteRuns(front, (s, e) => {
      for (const x of extremes(front, s, e, hF, settle)) {
        if (!x.max) continue;
        push(front, x, s, e, 'contact', 'front');
        lastFront = Math.max(lastFront, x.idx);
      }
    });
    forFiniteRuns(rear, (s, e) => {
      const xs = extremes(rear, s, e, hR, settle);
      for (const x of xs) if (!x.max) push(rear, x, s, e, 'liftoff', 'rear');
      const closing = closingStep(front, rear, xs, lastFront, e, settle);
      if (closing) push(rear, closing, s, e, 'contact', 'closing');
    });
    events.sort((a, b) => a.t_s - b.t_s);
    out.push(...dropImpossibleSteps(events, input.fs));
  });
  return out.sort((a, b) => a.t_s - b.t_s);
}

/**
 * A closing step: after the last leading-foot contact, the trailing foot came forward (the last
 * maximum of `rear`) and the feet then stayed side by side for `settle` samples, where a passing
 * step would have separated them again. Its contact is where the foot's motion settled.
 */
function closingStep(
  front: Float64Array,
  rear: Float64Array,
  xs: readonly Extreme[],
  lastFront: number,
  e: number,
  settle: number,
): Extreme | null {
  const j = xs.findLastIndex((x) => x.max);
  const last = xs[j];
  if (!last || last.idx <= lastFront || e - 1 - last.idx < settle) return null;
  // the run [s, e) holds every frame up to last.idx + settle ≤ e − 1
  for (let i = last.idx; i <= last.idx + settle; i++) if (!(at(front, i) - at(rear, i) <= CLOSED_FEET)) return null;
  const from = xs[j - 1]?.idx ?? Math.max(0, lastFront);
  return { idx: settlePoint(rear, from, last.idx, 1), max: true, settled: true };
}

function forFiniteRuns(v: Float64Array, fn: (s: number, e: number) => void): void {
  let i = 0;
  while (i < v.length) {
    while (i < v.length && v[i] !== v[i]) i++;
    const s = i;
    while (i < v.length && v[i] === v[i]) i++;
    if (i - s >= 3) fn(s, i);
  }
}

/**
 * Steps shorter than a walking step can be are not steps: of two contacts closer than
 * max(MIN_STEP_S, MIN_STEP_SHARE × the median step time, MIN_STEP_FRAMES), the one with the weaker peak goes. A closing
 * contact before the last leading-foot contact is a pause, not the end of the walk: it goes too.
 */
export function dropImpossibleSteps(events: StepEvent[], fs: number): StepEvent[] {
  let contacts = events.filter((e) => e.kind === 'contact');
  const lastFront = contacts.filter((e) => e.source === 'front').pop();
  contacts = contacts.filter((e) => e.source !== 'closing' || !lastFront || e.t_s > lastFront.t_s);
  const gaps = consecutivePairs(contacts).map(([a, b]) => b.t_s - a.t_s);
  const minGap = Math.max(MIN_STEP_S, MIN_STEP_SHARE * (gaps.length >= 3 ? median(gaps) : 0), MIN_STEP_FRAMES / fs);
  const kept: StepEvent[] = [];
  for (const c of contacts) {
    const prev = kept[kept.length - 1];
    if (prev && c.t_s - prev.t_s < minGap) {
      // a closing contact comes after every leading-foot one, so it is never `prev` of one
      if (c.source === 'front' && c.value > prev.value) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  const keep = new Set(kept);
  return events.filter((e) => e.kind === 'liftoff' || keep.has(e));
}
