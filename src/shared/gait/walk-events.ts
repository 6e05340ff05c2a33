/**
 * Where the person walks and the foot events there (pipeline step 6): direction runs → walking
 * ranges → contacts and lift-offs. Where both ankles are seen (the usual side view) events come from
 * the label-free front/rear signals (step-events.ts) and get their sides by alternation and majority
 * (leg-identity.ts); where the far leg is hidden most of the time, from the visible leg alone
 * (events.ts), the hidden leg's contacts inferred between its contacts (steps.ts). A "walking" run in
 * which fewer than two contacts are found is not walking (a leg swinging while balancing, a shift of
 * weight): it becomes standing and the ranges are found again.
 */
import { KP } from '../pose/keypoints';
import { lowpass } from './butterworth';
import {
  BOTH_ANKLES_SHARE,
  CLOSE_CONTACTS_S,
  KP_STRIDE,
  LOWPASS_HZ,
  MAX_GAP_S,
  TURN_MARGIN_S,
  TURN_MAX_S,
} from './constants';
import { facingSignAt } from './frame-angles';
import { detectGaitEvents, type DetectedEvent, type WalkRange } from './events';
import { assignSides } from './leg-identity';
import { directionRuns, type Run } from './segments';
import { fillGaps, mean, pointX } from './series';
import { detectStepEvents } from './step-events';
import { inferMissingContacts } from './steps';
import type { WalkDirection } from './types';

export interface Range extends WalkRange {
  /** The direction run's own frames, before reaching into its neighbours. */
  core: [number, number];
}

export interface WalkEvents {
  runs: Run[];
  ranges: Range[];
  events: DetectedEvent[];
  /** The ranges whose events are label-free (the others: one visible leg). */
  labelFree: Range[];
}

export interface WalkEventsInput {
  /** Per-frame direction labels; runs without two contacts are relabelled standing in place. */
  labels: WalkDirection[];
  /** Smoothed facing score per frame (+ = image-right). */
  facing: Float64Array;
  t: Float64Array;
  fs: number;
  present: Uint8Array;
  /** Half the direction window, frames. */
  half: number;
  /** Swap-repaired, unfiltered keypoints (n × 51). */
  raw: Float64Array;
  /** Filtered hip-midpoint x per frame. */
  pelvisX: Float64Array;
  shankPx: number;
}

export function walkEvents(input: WalkEventsInput): WalkEvents {
  const { labels, facing, t, present, half } = input;
  let { runs, ranges } = walkRanges(labels, facing, t, present, half);
  let found = findEvents(input, ranges);
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
    found = findEvents(input, ranges);
  }
  return { runs, ranges, ...found };
}

/** Direction runs → walking ranges, each reaching up to half a window into a non-walking
 * neighbour (the centered window blurs the labels there). */
function walkRanges(
  labels: WalkDirection[],
  facing: Float64Array,
  t: Float64Array,
  present: Uint8Array,
  half: number,
): { runs: Run[]; ranges: Range[] } {
  const n = labels.length;
  const runs = directionRuns(labels, t);
  const ranges: Range[] = [];
  const walks = (r: Run | undefined) => r !== undefined && (r.label === 'backward' || r.label === 'forward');
  for (const [k, r] of runs.entries()) {
    if (!walks(r)) continue;
    const F = Math.sign(mean(facing.subarray(r.start, r.end)));
    if (F === 0) continue;
    let start = r.start,
      end = r.end;
    if (k > 0 && !walks(runs[k - 1])) while (start > 0 && r.start - start < half && present[start - 1]) start--;
    if (k < runs.length - 1 && !walks(runs[k + 1])) while (end < n && end - r.end < half && present[end]) end++;
    ranges.push({ start, end, u: r.label === 'forward' ? F : -F, core: [r.start, r.end] });
  }
  return { runs, ranges };
}

function findEvents(input: WalkEventsInput, ranges: Range[]): { events: DetectedEvent[]; labelFree: Range[] } {
  const { raw, t, fs, pelvisX, shankPx } = input;
  const n = t.length;
  const relL = new Float64Array(n),
    relR = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * KP_STRIDE;
    relL[i] = pointX(raw, o, KP.leftAnkle) - pelvisX[i]!;
    relR[i] = pointX(raw, o, KP.rightAnkle) - pelvisX[i]!;
  }
  const labelFree: Range[] = [],
    oneLeg: Range[] = [];
  for (const r of ranges) {
    let both = 0;
    for (let i = r.start; i < r.end; i++) if (relL[i] === relL[i] && relR[i] === relR[i]) both++;
    (both >= BOTH_ANKLES_SHARE * (r.end - r.start) ? labelFree : oneLeg).push(r);
  }
  const stepEvents = detectStepEvents({ t, relA: relL, relB: relR, ranges: labelFree, shankPx, fs });
  const sided = assignSides(stepEvents, labelFree, raw, shankPx);
  const maxGap = Math.max(1, Math.round(MAX_GAP_S * fs));
  for (const rel of [relL, relR]) {
    fillGaps(rel, 0, 1, n, maxGap);
    rel.set(lowpass(rel, fs, LOWPASS_HZ));
  }
  const visible = detectGaitEvents({ t, rel: { left: relL, right: relR }, ranges: oneLeg, shankPx });
  const inferred = inferMissingContacts(dropCloseContacts(visible), oneLeg, t);
  return { events: [...sided, ...inferred].sort((x, y) => x.t_s - y.t_s), labelFree };
}

/** One-leg events: of two contacts of different feet closer than CLOSE_CONTACTS_S, the later one goes. */
export function dropCloseContacts(events: DetectedEvent[]): DetectedEvent[] {
  const out: DetectedEvent[] = [];
  let last: DetectedEvent | null = null;
  for (const e of events) {
    if (e.kind === 'contact') {
      if (last && e.t_s - last.t_s < CLOSE_CONTACTS_S) continue;
      last = e;
    }
    out.push(e);
  }
  return out;
}

/** Frames between two confident, opposite facings (≤ TURN_MAX_S apart) become 'turning', ± TURN_MARGIN_S. */
export function markTurns(labels: WalkDirection[], facing: Float64Array, t: Float64Array): void {
  const n = labels.length;
  let last = -1,
    lastSign = 0;
  // every index read below lies in [0, n); `last` is one once lastSign is set
  for (let j = 0; j < n; j++) {
    const s = facingSignAt(facing, j);
    if (s === 0) continue;
    if (lastSign !== 0 && s !== lastSign && t[j]! - t[last]! <= TURN_MAX_S) {
      let a = last,
        b = j;
      while (a > 0 && t[last]! - t[a - 1]! <= TURN_MARGIN_S) a--;
      while (b < n - 1 && t[b + 1]! - t[j]! <= TURN_MARGIN_S) b++;
      for (let i = a; i <= b; i++) if (labels[i] !== 'unknown') labels[i] = 'turning';
    }
    last = j;
    lastSign = s;
  }
}
