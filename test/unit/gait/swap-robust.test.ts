/**
 * Steps that do not depend on the pose model's left/right labels: leg swaps injected as
 * MoveNet makes them (around leg crossings for 0.1–0.6 s, whole stance phases; knees and ankles
 * together or apart) must not move a contact by more than one frame, change the step count or a
 * contact's side, or move the step-time symmetry by more than 2 points — forward and backward,
 * 15–60 fps, on the synthetic walkers and on the real walk. Walks from standing to standing count
 * every step, the first and the closing one included.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSession, type GaitAnalysis } from '../../../src/shared/gait';
import type { KeypointsFile, PoseFrame } from '../../../src/shared/pose/types';
import {
  applySwaps,
  stancePhaseSwaps,
  swapsAtCrossings,
  type SwapPlan,
  type SwapSpan,
} from '../../support/inject-swaps';
import { startStopWalk } from '../../support/start-stop-walk';
import { synthesizeGait } from '../../support/synthetic-gait';
import { loadFixture } from '../../support/requirements';

type Input = { fps: number; width: number; height: number; frames: PoseFrame[] };
const contacts = (a: GaitAnalysis) => a.events.filter((e) => e.kind === 'contact');

/** The swapped analysis has the clean one's contacts (same side, ±1 frame), count and SI ±2. */
function expectSameSteps(clean: GaitAnalysis, swapped: GaitAnalysis, fps: number, what: string) {
  const a = contacts(clean),
    b = contacts(swapped);
  expect(b.length, `${what}: contacts`).toBe(a.length);
  a.forEach((c, k) => {
    expect(Math.abs(b[k].t_s - c.t_s) * fps, `${what}: contact ${k} moved (frames)`).toBeLessThanOrEqual(1 + 1e-6);
    expect(b[k].side, `${what}: contact ${k} side`).toBe(c.side);
  });
  expect(swapped.steps).toEqual(clean.steps);
  const si = (x: GaitAnalysis) => x.symmetry.step_time_si_pct;
  if (si(clean) == null) expect(si(swapped)).toBeNull();
  else expect(Math.abs(si(swapped)! - si(clean)!), `${what}: step-time SI`).toBeLessThanOrEqual(2);
}

const withSwaps = (input: Input, spans: SwapSpan[]): Input => ({ ...input, frames: applySwaps(input.frames, spans) });

const plans: Array<[string, Omit<SwapPlan, 'seed'>]> = [
  ['legs at most crossings, 0.1–0.3 s', { share: 0.7, duration_s: [0.1, 0.3], parts: 'legs' }],
  ['ankles alone at crossings, 0.2–0.6 s', { share: 0.6, duration_s: [0.2, 0.6], parts: 'ankles' }],
  ['knees alone at crossings, 0.2–0.6 s', { share: 0.6, duration_s: [0.2, 0.6], parts: 'knees' }],
  ['mixed parts at every crossing, 0.1–0.6 s', { share: 1, duration_s: [0.1, 0.6], parts: 'mixed' }],
];

describe('leg swaps on the synthetic walker (σ = 1 px)', () => {
  for (const mode of ['forward', 'backward', 'treadmill-backward'] as const) {
    for (const fps of [15, 30, 60]) {
      it(`${mode}, ${fps} fps: crossings swapped four ways, and whole stance phases`, () => {
        const { input, truth } = synthesizeGait({
          fps,
          segments: [{ mode, duration_s: 12 }],
          noisePx: 1,
          seed: fps,
          stepTimeRatio: 1.12,
        });
        const clean = analyzeSession(input, {});
        expect(clean.steps).toEqual(truth.steps);
        plans.forEach(([name, plan], j) => {
          const spans = swapsAtCrossings(input.frames, fps, { ...plan, seed: 100 + j });
          expect(spans.length, name).toBeGreaterThan(3);
          expectSameSteps(clean, analyzeSession(withSwaps(input, spans), {}), fps, `${mode} ${fps} fps, ${name}`);
        });
        const stance = stancePhaseSwaps(truth.contacts, 'left', fps);
        expectSameSteps(
          clean,
          analyzeSession(withSwaps(input, stance), {}),
          fps,
          `${mode} ${fps} fps, left stance phases`,
        );
      });
    }
  }
});

describe('walks from standing to standing count every step', () => {
  for (const direction of ['forward', 'backward'] as const) {
    for (const fps of [15, 24, 30, 60]) {
      for (const n of [4, 7]) {
        it(`${direction}, ${fps} fps, ${n} contacts`, () => {
          for (const facing of ['left', 'right'] as const) {
            const w = startStopWalk({
              direction,
              facing,
              fps,
              contacts: n,
              noisePx: 1,
              seed: n + fps,
              firstSide: n % 2 ? 'left' : 'right',
            });
            const a = analyzeSession(w.input, {});
            expect(a.direction).toBe(direction);
            const found = contacts(a);
            expect(found.map((c) => c.side)).toEqual(w.contacts.map((c) => c.side));
            // the kinematic foot lands at rest, so Zeni's contact comes up to ~45 ms early, plus a frame
            found.forEach((c, k) => expect(Math.abs(c.t_s - w.contacts[k].t_s)).toBeLessThan(0.045 + 1 / fps));
            const spans = swapsAtCrossings(w.input.frames, fps, {
              share: 1,
              duration_s: [0.1, 0.5],
              parts: 'mixed',
              seed: n,
            });
            expectSameSteps(a, analyzeSession(withSwaps(w.input, spans), {}), fps, `${direction} ${facing} ${fps} fps`);
          }
        });
      }
    }
  }

  it('a walk whose recording stops mid-swing does not invent a closing step', () => {
    const w = startStopWalk({ direction: 'backward', fps: 30, contacts: 7, noisePx: 1, seed: 5 });
    // cut 0.15 s before the 6th contact: the foot is still swinging
    const cut = Math.round((w.contacts[5].t_s - 0.15) * 30);
    const a = analyzeSession({ ...w.input, frames: w.input.frames.slice(0, cut) }, {});
    expect(contacts(a).length).toBe(5);
  });
});

describe('leg swaps injected into the real walk (sports2d-walk, MoveNet keypoints)', () => {
  const load = (name: string): KeypointsFile => loadFixture(`${name}.json`);
  for (const name of ['sports2d-walk.lightning', 'sports2d-walk.thunder', 'sports2d-walk-reversed.lightning']) {
    it(`${name}: swaps at the crossings and over stance phases leave the steps`, () => {
      const file = load(name);
      const clean = analyzeSession(file, {});
      expect(clean.steps.count).toBeGreaterThanOrEqual(6);
      plans.forEach(([plan, p], j) => {
        const spans = swapsAtCrossings(file.frames, file.fps, { ...p, seed: 7 + j });
        expectSameSteps(clean, analyzeSession(withSwaps(file, spans), {}), file.fps, `${name}, ${plan}`);
      });
      // one stance phase in three: on a clip of 8 contacts every other one would swap ~40 % of the
      // frames, and at half of them the labels no longer say which leg is which
      const stance = stancePhaseSwaps(contacts(clean), 'right', file.fps, 3);
      expectSameSteps(clean, analyzeSession(withSwaps(file, stance), {}), file.fps, `${name}, right stance phases`);
    });
  }
});
