/**
 * Direction segments: per-frame labels → runs, short runs merged into their neighbours, so the
 * session reads as a few segments with start and end times.
 */
import { MIN_RUN_S, MIN_WALK_S, MIN_WALK_SHARE, ONE_DIRECTION_SHARE } from './constants';
import { at } from './series';
import type { DirectionSegment, WalkDirection } from './types';

export interface Run {
  label: WalkDirection;
  start: number;
  end: number;
} // frames [start, end)

/**
 * Segments from per-frame labels at times t (s). Runs shorter than their minimum duration are merged
 * into a neighbour (the one with the same label on both sides, else the longer one).
 */
export function segmentDirections(labels: ArrayLike<WalkDirection>, t: ArrayLike<number>): DirectionSegment[] {
  const n = labels.length;
  const dt = n > 1 ? (at(t, n - 1) - at(t, 0)) / (n - 1) : 0;
  return directionRuns(labels, t).map((r) => ({
    start_s: at(t, r.start),
    end_s: r.end < n ? at(t, r.end) : at(t, n - 1) + dt,
    direction: r.label,
  }));
}

/** The runs as timed segments; the last one ends a sampling interval (1 / fs) after the last frame. */
export function segmentsOfRuns(runs: readonly Run[], t: Float64Array, fs: number): DirectionSegment[] {
  const n = t.length;
  return runs.map((r) => ({
    start_s: at(t, r.start),
    end_s: r.end < n ? at(t, r.end) : at(t, n - 1) + 1 / fs,
    direction: r.label,
  }));
}

/** The merged runs behind segmentDirections, as frame ranges [start, end). */
export function directionRuns(labels: ArrayLike<WalkDirection>, t: ArrayLike<number>): Run[] {
  const n = labels.length;
  if (n === 0) return [];
  // runs hold frames of [0, n), so every time read below exists
  const dt = n > 1 ? (at(t, n - 1) - at(t, 0)) / (n - 1) : 0;
  const endTime = (r: Run) => (r.end < n ? at(t, r.end) : at(t, n - 1) + dt);
  const dur = (r: Run) => endTime(r) - at(t, r.start);
  let runs: Run[] = [];
  for (let i = 0; i < n; i++) {
    const last = runs.at(-1);
    const label = labels[i]!;
    if (last && last.label === label) last.end = i + 1;
    else runs.push({ label, start: i, end: i + 1 });
  }
  for (;;) {
    let worst = -1,
      worstShort = 0;
    for (const [k, r] of runs.entries()) {
      const short = MIN_RUN_S[r.label] - dur(r);
      if (short > 0 && runs.length > 1 && short / MIN_RUN_S[r.label] > worstShort) {
        worst = k;
        worstShort = short / MIN_RUN_S[r.label];
      }
    }
    const r = runs[worst];
    if (!r) break;
    const prev = runs[worst - 1],
      next = runs[worst + 1];
    if (prev && next && prev.label === next.label) {
      prev.end = next.end;
      runs.splice(worst, 2);
    } else {
      // into the longer neighbour (a short run has one: there is more than one run)
      if (prev && (!next || dur(prev) >= dur(next))) prev.end = r.end;
      else if (next) next.start = r.start;
      runs.splice(worst, 1);
    }
    runs = mergeEqual(runs);
  }
  return runs;
}

function mergeEqual(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && last.label === r.label) last.end = r.end;
    else out.push(r);
  }
  return out;
}

/** The session's overall direction from its segments. */
export function overallDirection(segments: readonly DirectionSegment[]): 'backward' | 'forward' | 'mixed' | 'standing' {
  let back = 0,
    fwd = 0,
    total = 0;
  for (const s of segments) {
    const d = s.end_s - s.start_s;
    total += d;
    if (s.direction === 'backward') back += d;
    else if (s.direction === 'forward') fwd += d;
  }
  const walk = back + fwd;
  if (walk < MIN_WALK_S || walk < MIN_WALK_SHARE * total) return 'standing';
  if (back >= ONE_DIRECTION_SHARE * walk) return 'backward';
  if (fwd >= ONE_DIRECTION_SHARE * walk) return 'forward';
  return 'mixed';
}
