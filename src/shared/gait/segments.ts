/**
 * Direction segments: per-frame labels → runs, short runs merged into their neighbours, so the
 * session reads as a few segments with start and end times.
 */
import type { DirectionSegment, WalkDirection } from './types';

export interface Run {
  label: WalkDirection;
  start: number;
  end: number;
} // frames [start, end)

/** Minimum durations (s) below which a run is merged into a neighbour. */
const MIN_DURATION: Record<WalkDirection, number> = {
  backward: 0.6,
  forward: 0.6,
  standing: 0.6,
  turning: 0.25,
  unknown: 1.0,
};

/**
 * Segments from per-frame labels at times t (s). Runs shorter than their minimum duration are merged
 * into a neighbour (the one with the same label on both sides, else the longer one).
 */
export function segmentDirections(labels: ArrayLike<WalkDirection>, t: ArrayLike<number>): DirectionSegment[] {
  const n = labels.length;
  const dt = n > 1 ? (t[n - 1] - t[0]) / (n - 1) : 0;
  return directionRuns(labels, t).map((r) => ({
    start_s: t[r.start],
    end_s: r.end < n ? t[r.end] : t[n - 1] + dt,
    direction: r.label,
  }));
}

/** The merged runs behind segmentDirections, as frame ranges [start, end). */
export function directionRuns(labels: ArrayLike<WalkDirection>, t: ArrayLike<number>): Run[] {
  const n = labels.length;
  if (n === 0) return [];
  const dt = n > 1 ? (t[n - 1] - t[0]) / (n - 1) : 0;
  const endTime = (r: Run) => (r.end < n ? t[r.end] : t[n - 1] + dt);
  const dur = (r: Run) => endTime(r) - t[r.start];
  let runs: Run[] = [];
  for (let i = 0; i < n; i++) {
    const last = runs[runs.length - 1];
    if (last && last.label === labels[i]) last.end = i + 1;
    else runs.push({ label: labels[i], start: i, end: i + 1 });
  }
  for (;;) {
    let worst = -1,
      worstShort = 0;
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k];
      const short = MIN_DURATION[r.label] - dur(r);
      if (short > 0 && runs.length > 1 && short / MIN_DURATION[r.label] > worstShort) {
        worst = k;
        worstShort = short / MIN_DURATION[r.label];
      }
    }
    if (worst < 0) break;
    const r = runs[worst];
    const prev = runs[worst - 1],
      next = runs[worst + 1];
    if (prev && next && prev.label === next.label) {
      prev.end = next.end;
      runs.splice(worst, 2);
    } else {
      const into = !next || (prev && dur(prev) >= dur(next)) ? prev : next;
      if (into === prev) prev.end = r.end;
      else next.start = r.start;
      runs.splice(worst, 1);
    }
    runs = mergeEqual(runs);
  }
  return runs;
}

function mergeEqual(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
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
  if (walk < 1 || walk < 0.2 * total) return 'standing';
  if (back >= 0.8 * walk) return 'backward';
  if (fwd >= 0.8 * walk) return 'forward';
  return 'mixed';
}
