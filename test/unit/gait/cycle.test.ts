/**
 * Gait-cycle tools against the synthetic walker's exact truth (contacts, knee flexion from the 3D
 * model) and the real walk's contacts counted by eye (test/fixtures/keypoints/README.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeSession,
  computeFrameMetrics,
  cycleAlignment,
  gaitCycles,
  meanCycle,
  normaliseCycle,
  type GaitEvent,
} from '../../../src/shared/gait';
import { loadFixture } from '../../support/requirements';
import { synthesizeGait, type SynthResult } from '../../support/synthetic-gait';
import { backwardWithPause } from '../../support/walk-segments';

const contact = (t_s: number, side: 'left' | 'right', inferred?: boolean): GaitEvent => ({
  t_s,
  side,
  kind: 'contact',
  ...(inferred ? { inferred } : {}),
});
const argmax = (xs: (number | null)[]) =>
  xs.reduce<number>((k, v, i) => (v != null && (xs[k] == null || v > xs[k]) ? i : k), 0);

describe('gaitCycles', () => {
  it('contact to the next contact of the same foot, with one contact of the other foot between', () => {
    const events = [
      contact(0, 'left'),
      contact(0.6, 'right'),
      contact(1.2, 'left'),
      contact(1.8, 'right'),
      contact(2.4, 'left'),
    ];
    expect(gaitCycles(events, 'left')).toEqual([
      { start_s: 0, end_s: 1.2 },
      { start_s: 1.2, end_s: 2.4 },
    ]);
    expect(gaitCycles(events, 'right')).toEqual([{ start_s: 0.6, end_s: 1.8 }]);
  });
  it('skips a stop (a step over 2 s), a missed or extra contact, and cycles bounded by an inferred contact', () => {
    const events = [
      contact(0, 'left'),
      contact(0.6, 'right'),
      contact(3.0, 'left'), // 2.4-s step: a stop
      contact(3.6, 'right'),
      contact(4.2, 'left'), // fine
      contact(5.4, 'left'), // no right contact between: missed
      contact(5.9, 'right'),
      contact(6.2, 'right'),
      contact(6.6, 'left'), // two right contacts: extra
      contact(7.2, 'right'),
      contact(7.8, 'left', true), // inferred end
    ];
    expect(gaitCycles(events, 'left')).toEqual([{ start_s: 3.0, end_s: 4.2 }]);
    expect(gaitCycles([], 'left')).toEqual([]);
  });

  it("finds the synthetic walker's cycles: one per pair of true contacts, starting within 50 ms of them", () => {
    const { input, truth } = synthesizeGait({
      segments: [{ mode: 'backward', duration_s: 12 }],
      facing: 'left',
      cadence_spm: 96,
      noisePx: 0.5,
      stepTimeRatio: 1.1,
    });
    const a = analyzeSession(input, {});
    for (const side of ['left', 'right'] as const) {
      const truthContacts = truth.contacts.filter((c) => c.side === side).map((c) => c.t_s);
      const cycles = gaitCycles(a.events, side);
      expect(cycles).toHaveLength(truthContacts.length - 1);
      cycles.forEach((c, k) => {
        expect(Math.abs(c.start_s - truthContacts[k])).toBeLessThan(0.05);
        // the stride: left step + right step = 2 × 60 / 96 s
        expect(c.end_s - c.start_s).toBeCloseTo(1.25, 1);
      });
    }
  });

  it('leaves out the cycle that spans a standing spell', () => {
    const { input } = synthesizeGait({ segments: backwardWithPause(7, 3), facing: 'right', noisePx: 0.5 });
    const a = analyzeSession(input, {});
    for (const side of ['left', 'right'] as const) {
      const cycles = gaitCycles(a.events, side);
      expect(cycles.length).toBeGreaterThan(4);
      for (const c of cycles) expect(c.end_s - c.start_s).toBeLessThan(1.6);
      expect(cycles.some((c) => c.start_s < 7 && c.end_s > 10)).toBe(false);
    }
  });
});

describe('normaliseCycle', () => {
  const times = Array.from({ length: 91 }, (_, i) => i / 30); // 3 s at 30 fps
  it('resamples a known curve at 0…100 % of the cycle (sine over one 1.2-s cycle, 30 fps)', () => {
    const cycle = { start_s: 0.41, end_s: 1.61 };
    const values = times.map((t) => 30 * Math.sin((2 * Math.PI * (t - cycle.start_s)) / 1.2));
    const curve = normaliseCycle(times, values, cycle);
    expect(curve).toHaveLength(101);
    curve.forEach((v, i) => expect(v!).toBeCloseTo(30 * Math.sin((2 * Math.PI * i) / 100), 0)); // within 0.5 (linear interpolation)
    expect(Math.max(...curve.map((v, i) => Math.abs(v! - 30 * Math.sin((2 * Math.PI * i) / 100))))).toBeLessThan(0.15);
    expect(normaliseCycle(times, values, cycle, 5)).toHaveLength(5);
  });
  it('is exact on sample times and linear between them', () => {
    const values = times.map((t) => 10 * t);
    const curve = normaliseCycle(times, values, { start_s: 1, end_s: 2 }, 11);
    curve.forEach((v, i) => expect(v!).toBeCloseTo(10 + i, 10));
  });
  it('gives null where a neighbour is missing, over long gaps and outside the data', () => {
    const values: (number | null)[] = times.map((t) => t);
    values[45] = null; // t = 1.5
    const curve = normaliseCycle(times, values, { start_s: 1, end_s: 2 }, 11);
    expect(curve[5]).toBeNull(); // exactly on the missing sample
    expect(curve[4]).toBeCloseTo(1.4, 10);
    const beyond = normaliseCycle(times, times, { start_s: 2.5, end_s: 3.5 }, 11);
    expect(beyond.slice(0, 6).every((v) => v != null)).toBe(true); // 2.5 … 3.0
    expect(beyond.slice(6).every((v) => v == null)).toBe(true);
    const gap = [0, 0.1, 0.2, 0.6, 0.7];
    expect(normaliseCycle(gap, gap, { start_s: 0, end_s: 0.7 }, 8).map((v) => v != null)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(normaliseCycle(times, times, { start_s: 1, end_s: 1 })).toEqual(new Array(101).fill(null));
  });
});

describe('meanCycle on the synthetic walker (known cadence, exact knee flexion)', () => {
  const walks: Record<string, SynthResult> = {
    backward: synthesizeGait({
      segments: [{ mode: 'backward', duration_s: 15 }],
      facing: 'left',
      cadence_spm: 90,
      kneePeakDeg: 65,
      noisePx: 1,
    }),
    forward: synthesizeGait({
      segments: [{ mode: 'forward', duration_s: 15 }],
      facing: 'right',
      cadence_spm: 110,
      kneePeakDeg: 55,
      noisePx: 1,
    }),
  };
  for (const [name, { input, truth }] of Object.entries(walks)) {
    it(`${name}: the measured mean knee curve has the truth's shape and peak (< 2°, < 2 %)`, () => {
      const a = analyzeSession(input, {});
      const times = input.frames.map((f) => f.t / 1000);
      for (const side of ['left', 'right'] as const) {
        const measured = input.frames.map((f) => computeFrameMetrics(f.keypoints, f.t)[side].kneeFlexionDeg.value);
        const cycles = gaitCycles(a.events, side);
        const m = meanCycle(times, measured, cycles);
        const t = meanCycle(truth.t_s, truth.kneeFlexionDeg[side], cycles);
        expect(m.cycles).toBe(cycles.length);
        expect(m.cycles).toBeGreaterThanOrEqual(9);
        const errors = m.mean.map((v, i) => Math.abs(v! - t.mean[i]!));
        expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(2);
        expect(Math.abs(argmax(m.mean) - argmax(t.mean))).toBeLessThanOrEqual(2);
        // the peak is the swing's, at the truth's peak flexion (sampled at 1 kHz)
        expect(Math.abs(Math.max(...m.mean.map((v) => v!)) - truth.kneePeakDeg[side])).toBeLessThan(2);
        expect(argmax(t.mean)).toBeGreaterThan(62); // after the 62 % stance
        // steady synthetic cycles: the spread is the noise's, a few degrees at most
        expect(Math.max(...m.sd.map((v) => v!))).toBeLessThan(5);
      }
    });
  }

  it("the truth normalised over the detected cycles agrees with the truth over the true cycles (Zeni's contacts ~30 ms early: within 3 %)", () => {
    const { input, truth } = walks.backward;
    const a = analyzeSession(input, {});
    const trueCycles = gaitCycles(
      truth.contacts.map((c) => contact(c.t_s, c.side)),
      'left',
    );
    const onTrue = meanCycle(truth.t_s, truth.kneeFlexionDeg.left, trueCycles);
    const onDetected = meanCycle(truth.t_s, truth.kneeFlexionDeg.left, gaitCycles(a.events, 'left'));
    expect(Math.abs(argmax(onTrue.mean) - argmax(onDetected.mean))).toBeLessThanOrEqual(3);
  });

  it('leaves out cycles with under 60 % of their samples, and reports nulls where no cycle is known', () => {
    const times = Array.from({ length: 60 }, (_, i) => i / 30);
    const values = times.map((t) => (t < 1.3 ? 10 : null));
    const m = meanCycle(times, values, [
      { start_s: 0, end_s: 1 },
      { start_s: 1, end_s: 1.9 },
    ]);
    expect(m.cycles).toBe(1);
    expect(m.mean.every((v) => v === 10)).toBe(true);
    expect(m.sd.every((v) => v === null)).toBe(true); // one cycle: no spread
    expect(meanCycle(times, values, []).mean.every((v) => v === null)).toBe(true);
    expect(m.pct[0]).toBe(0);
    expect(m.pct[50]).toBe(50);
    expect(m.pct[100]).toBe(100);
  });
});

describe('cycleAlignment', () => {
  it('finds the true first contact of the same foot in each synthetic session', () => {
    // two 8-s backward walks, facing, cadence and phase all different
    const [a, b] = [
      { facing: 'left', cadence_spm: 90, phase0: 0.3 } as const,
      { facing: 'right', cadence_spm: 105, phase0: 0.7, seed: 4 } as const,
    ].map((o) => synthesizeGait({ segments: [{ mode: 'backward', duration_s: 8 }], noisePx: 0.5, ...o }));
    const ea = analyzeSession(a.input, {}).events,
      eb = analyzeSession(b.input, {}).events;
    for (const side of ['left', 'right'] as const) {
      const al = cycleAlignment(ea, eb, side)!;
      expect(al.side).toBe(side);
      // the first true contact of that foot with a whole swing in the clip (truth.contacts)
      expect(Math.abs(al.a_s - a.truth.contacts.find((c) => c.side === side)!.t_s)).toBeLessThan(0.05);
      expect(Math.abs(al.b_s - b.truth.contacts.find((c) => c.side === side)!.t_s)).toBeLessThan(0.05);
    }
    const auto = cycleAlignment(ea, eb)!;
    const both = (['left', 'right'] as const).map((s) => cycleAlignment(ea, eb, s)!);
    expect(auto.a_s + auto.b_s).toBe(Math.min(...both.map((x) => x.a_s + x.b_s)));
  });

  it('prefers measured contacts over inferred ones, and is null without a common foot', () => {
    const a = [contact(0.2, 'left', true), contact(0.5, 'right'), contact(0.9, 'left')];
    const b = [contact(0.1, 'left'), contact(0.4, 'right')];
    expect(cycleAlignment(a, b, 'left')).toEqual({ side: 'left', a_s: 0.9, b_s: 0.1 });
    expect(cycleAlignment(a, b)).toEqual({ side: 'right', a_s: 0.5, b_s: 0.4 }); // the earlier pair
    // a measured pair wins over an earlier pair with an inferred contact
    const bInferredRight = [contact(0.1, 'left'), contact(0.4, 'right', true)];
    expect(cycleAlignment(a, bInferredRight)).toEqual({ side: 'left', a_s: 0.9, b_s: 0.1 });
    expect(cycleAlignment([contact(1, 'left', true)], [contact(2, 'left')])).toEqual({ side: 'left', a_s: 1, b_s: 2 });
    expect(cycleAlignment([contact(1, 'left')], [contact(2, 'right')])).toBeNull();
    expect(cycleAlignment([], [])).toBeNull();
  });

  it('property: shifting a session in time shifts its start by the same amount', () => {
    const event = fc.record({
      t_s: fc.double({ min: 0, max: 60, noNaN: true }),
      side: fc.constantFrom<'left' | 'right'>('left', 'right'),
      kind: fc.constantFrom<'contact' | 'liftoff'>('contact', 'liftoff'),
      inferred: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 20 }),
        fc.array(event, { maxLength: 20 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom<'left' | 'right'>('left', 'right'),
        (a, b, shift, side) => {
          const before = cycleAlignment(a, b, side);
          const after = cycleAlignment(
            a.map((e) => ({ ...e, t_s: e.t_s + shift })),
            b,
            side,
          );
          if (!before) return after === null;
          return (
            after !== null &&
            after.side === before.side &&
            Math.abs(after.a_s - before.a_s - shift) < 1e-9 &&
            after.b_s === before.b_s
          );
        },
      ),
    );
  });
});

describe('gaitCycles on real footage: the woman in sports2d-walk', () => {
  it('finds her cycles between the contacts counted by eye, at her cadence', () => {
    const file = loadFixture('sports2d-walk.lightning.json');
    // the whole file, distractors included (the man before and after her)
    const events = analyzeSession(file, {}).events;
    const eye = [58, 78, 98, 118, 138, 156, 174, 189].map((f) => f / 30); // widest stances, README
    const cycles = [...gaitCycles(events, 'left'), ...gaitCycles(events, 'right')];
    // 8 contacts, 4 per foot: 3 cycles per foot
    expect(cycles).toHaveLength(6);
    for (const c of cycles) {
      // each cycle starts and ends within 5 frames of a contact seen by eye, two steps apart
      const k = eye.findIndex((e) => Math.abs(e - c.start_s) <= 5 / 30);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(Math.abs(eye[k + 2] - c.end_s)).toBeLessThanOrEqual(5 / 30);
      // a stride at 96–98 steps/min: 1.22–1.25 s
      expect(c.end_s - c.start_s).toBeGreaterThan(1.1);
      expect(c.end_s - c.start_s).toBeLessThan(1.4);
    }
  });
});
