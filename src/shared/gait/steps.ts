/**
 * Steps from gait events. A step is one foot's contact; its step time is the time since the other
 * foot's previous contact; its stance time runs to the same foot's next lift-off; a gait cycle of a
 * leg runs from its contact to its next contact. Cadence = 60 / mean step time (steps/min).
 */
import type { DetectedEvent, WalkRange } from './events';
import { at, consecutivePairs, median } from './series';
import type { Side } from './types';
import { DOUBLE_SUPPORT_MAX_SHARE, MAX_STEP_S, TRIM_HIGH, TRIM_LOW } from './constants';

export { MAX_STEP_S };

export interface StepTiming {
  side: Side;
  t_s: number;
  frame: number;
  range: number;
  inferred: boolean;
  step_time_s: number | null;
  stance_time_s: number | null;
  /** Frame of this foot's next lift-off within its stance, or −1. */
  liftoffFrame: number;
  /** Frame of this foot's next contact (end of its gait cycle), or −1. */
  nextContactFrame: number;
  /** Frame of the other foot's lift-off that ends this step's double support, or −1. */
  otherLiftoffFrame: number;
}

export function rangeOf(frame: number, ranges: readonly WalkRange[]): number {
  return ranges.findIndex((r) => frame >= r.start && frame < r.end);
}

export function buildSteps(
  events: readonly (DetectedEvent & { inferred?: boolean })[],
  ranges: readonly WalkRange[],
): StepTiming[] {
  const steps: StepTiming[] = [];
  for (const [k, range] of ranges.entries()) {
    const evs = events.filter((e) => e.frame >= range.start && e.frame < range.end).sort((a, b) => a.t_s - b.t_s);
    const contacts = evs.filter((e) => e.kind === 'contact');
    const lifts = {
      left: evs.filter((e) => e.kind === 'liftoff' && e.side === 'left'),
      right: evs.filter((e) => e.kind === 'liftoff' && e.side === 'right'),
    };
    // the next contact of the same side, by a backward sweep
    const upcoming: Record<Side, DetectedEvent | undefined> = { left: undefined, right: undefined };
    const nextSame = [...contacts]
      .reverse()
      .map((c) => {
        const next = upcoming[c.side];
        upcoming[c.side] = c;
        return next;
      })
      .reverse();
    const li = { left: 0, right: 0 };
    for (const [j, c] of contacts.entries()) {
      const prev = contacts[j - 1];
      let stepTime: number | null = null;
      if (prev && prev.side !== c.side && !prev.inferred && !c.inferred && c.t_s - prev.t_s <= MAX_STEP_S)
        stepTime = c.t_s - prev.t_s;
      const next = nextSame[j];
      const ls = lifts[c.side];
      let cand = ls[li[c.side]];
      while (cand && cand.t_s <= c.t_s) cand = ls[++li[c.side]];
      const lo = cand && (!next || cand.t_s < next.t_s) ? cand : undefined;
      const stance = lo && !c.inferred && lo.t_s - c.t_s <= MAX_STEP_S ? lo.t_s - c.t_s : null;
      const other: Side = c.side === 'left' ? 'right' : 'left';
      const ol = lifts[other].find(
        (e) => e.t_s > c.t_s && e.t_s - c.t_s < DOUBLE_SUPPORT_MAX_SHARE * MAX_STEP_S && (!next || e.t_s < next.t_s),
      );
      steps.push({
        side: c.side,
        t_s: c.t_s,
        frame: c.frame,
        range: k,
        inferred: !!c.inferred,
        step_time_s: stepTime,
        stance_time_s: stance,
        liftoffFrame: lo ? lo.frame : -1,
        nextContactFrame: next && next.t_s - c.t_s <= 2 * MAX_STEP_S ? next.frame : -1,
        otherLiftoffFrame: ol ? ol.frame : -1,
      });
    }
  }
  return steps;
}

/** Values within [TRIM_LOW, TRIM_HIGH] × their median (drops pauses and double-counted steps). */
export function trimmed(values: readonly number[]): number[] {
  const m = median(values);
  return values.filter((v) => v >= TRIM_LOW * m && v <= TRIM_HIGH * m);
}

/** Cadence (steps/min) from step times; falls back to same-foot stride times (2 steps each). */
export function cadence(steps: readonly StepTiming[]): number | null {
  const st = trimmed(steps.map((s) => s.step_time_s).filter((v): v is number => v != null));
  if (st.length >= 2) return 60 / (st.reduce((a, b) => a + b, 0) / st.length);
  const strides: number[] = [];
  for (const side of ['left', 'right'] as const) {
    for (const [a, b] of consecutivePairs(steps.filter((s) => s.side === side)))
      if (b.range === a.range && b.t_s - a.t_s <= 2 * MAX_STEP_S) strides.push(b.t_s - a.t_s);
  }
  const tr = trimmed(strides);
  if (tr.length >= 1) return 120 / (tr.reduce((a, b) => a + b, 0) / tr.length);
  return null;
}

/**
 * Where one leg's events are missing in a walking range (the far leg hidden in a side view) but the
 * other leg has at least 3 contacts, its contacts are inferred halfway between the other's. They
 * count as steps but give no step or stance time, so they cannot fake a symmetry.
 */
export function inferMissingContacts(
  events: DetectedEvent[],
  ranges: readonly WalkRange[],
  t: ArrayLike<number>,
): Array<DetectedEvent & { inferred?: boolean }> {
  const out: Array<DetectedEvent & { inferred?: boolean }> = [...events];
  for (const r of ranges) {
    const inR = events.filter((e) => e.kind === 'contact' && e.frame >= r.start && e.frame < r.end);
    for (const [have, miss] of [
      ['left', 'right'],
      ['right', 'left'],
    ] as const) {
      const a = inR.filter((e) => e.side === have);
      const b = inR.filter((e) => e.side === miss);
      if (a.length < 3 || b.length > 0) continue;
      for (const [before, after] of consecutivePairs(a)) {
        const dt = after.t_s - before.t_s;
        if (dt > 2 * MAX_STEP_S) continue;
        const ts = before.t_s + dt / 2;
        let frame = before.frame;
        while (frame + 1 < r.end && at(t, frame + 1) <= ts) frame++;
        out.push({ t_s: ts, side: miss, kind: 'contact', frame, inferred: true });
      }
    }
  }
  out.sort((x, y) => x.t_s - y.t_s);
  return out;
}
