/**
 * The last stages of the analysis: runs as timed segments (segments.ts segmentsOfRuns) and the
 * stages' results as one GaitAnalysis (assemble.ts), on hand-made parts with worked-out answers.
 */
import { describe, expect, it } from 'vitest';
import { assembleAnalysis, emptyAnalysis, publicEvent, type AnalysisParts } from '../../../src/shared/gait/assemble';
import type { DetectedEvent } from '../../../src/shared/gait/events';
import { segmentsOfRuns } from '../../../src/shared/gait/segments';
import type { StepTiming } from '../../../src/shared/gait/steps';

describe('segmentsOfRuns', () => {
  it('a run starts at its first frame and ends where the next begins; the last one interval after the last frame', () => {
    const t = Float64Array.from([0, 0.1, 0.2, 0.3, 0.4]);
    const runs = [
      { label: 'backward' as const, start: 0, end: 3 },
      { label: 'standing' as const, start: 3, end: 5 },
    ];
    expect(segmentsOfRuns(runs, t, 10)).toEqual([
      { start_s: 0, end_s: 0.3, direction: 'backward' },
      { start_s: 0.3, end_s: 0.5, direction: 'standing' },
    ]);
  });
});

function step(side: 'left' | 'right', t_s: number, stepTime: number | null): StepTiming {
  return {
    side,
    t_s,
    frame: Math.round(t_s * 30),
    range: 0,
    inferred: false,
    step_time_s: stepTime,
    stance_time_s: null,
    liftoffFrame: -1,
    nextContactFrame: -1,
    otherLiftoffFrame: -1,
  };
}

function parts(facing: number[]): AnalysisParts {
  const events: DetectedEvent[] = [
    { t_s: 1, side: 'left', kind: 'contact', frame: 30 },
    { t_s: 1.5, side: 'right', kind: 'contact', frame: 45, inferred: true },
    { t_s: 1.7, side: 'left', kind: 'liftoff', frame: 51 },
    { t_s: 2, side: 'left', kind: 'contact', frame: 60 },
  ];
  const { symmetry, knee, knee_past_toe } = emptyAnalysis(1, 1, null, 0);
  return {
    segments: [{ start_s: 0, end_s: 10, direction: 'backward' }],
    // three steps of 0.5 s: 120 steps/min
    steps: [step('left', 1, 0.5), step('right', 1.5, 0.5), step('left', 2, 0.5)],
    summaries: { symmetry, knee, knee_past_toe },
    balance: { score: 90, subscores: {}, explanation: 'Steady.' },
    events,
    stepList: [],
    quality: {
      frames: 300,
      confidentFrames: 240,
      view: 'side',
      swapEpisodes: 2,
      split: { switches: 1, kept: [10, 299] },
      facing: Float64Array.from(facing),
      shankPx: 97.5,
      duration: 10,
    },
  };
}

describe('assembleAnalysis', () => {
  it('direction from the segments, steps per side, cadence, quality and events as reported', () => {
    const a = assembleAnalysis(parts([0.5, 0.7, NaN]));
    expect(a.direction).toBe('backward');
    expect(a.steps).toEqual({ count: 3, left: 2, right: 1 });
    expect(a.cadence_spm).toBeCloseTo(120, 9);
    expect(a.quality).toEqual({
      confident_frames_pct: 80,
      view: 'side',
      swaps_repaired: 2,
      person_switches: 1,
      person_frames: [10, 299],
      frames: 300,
      facing: 'right',
      shank_px: 97.5,
      inferred_contacts: 1,
      duration_s: 10,
    });
    expect(a.events).toEqual([
      { t_s: 1, side: 'left', kind: 'contact' },
      { t_s: 1.5, side: 'right', kind: 'contact', inferred: true },
      { t_s: 1.7, side: 'left', kind: 'liftoff' },
      { t_s: 2, side: 'left', kind: 'contact' },
    ]);
  });

  it('the session faces where its mean facing score says, unknown near 0', () => {
    expect(assembleAnalysis(parts([-0.6, -0.4])).quality.facing).toBe('left');
    expect(assembleAnalysis(parts([0.6, -0.6])).quality.facing).toBe('unknown');
  });
});

describe('publicEvent', () => {
  it('drops the frame; says inferred only when it was', () => {
    expect(publicEvent({ t_s: 1, side: 'right', kind: 'liftoff', frame: 3, inferred: false })).toEqual({
      t_s: 1,
      side: 'right',
      kind: 'liftoff',
    });
  });
});

describe('emptyAnalysis', () => {
  it('nobody to analyse: no numbers, the share of confident frames and why', () => {
    const a = emptyAnalysis(10, 2, 170, 0.4);
    expect(a.direction).toBe('unknown');
    expect(a.steps.count).toBe(0);
    expect(a.quality.confident_frames_pct).toBe(20);
    expect(a.quality.duration_s).toBe(0.4);
    expect(a.knee_past_toe.unit).toBe('cm');
    expect(a.balance.explanation).toMatch(/No person was found/);
    expect(emptyAnalysis(0, 0, null, 0).balance.explanation).toBe('No frames to analyse.');
    expect(emptyAnalysis(0, 0, null, 0).quality.confident_frames_pct).toBe(0);
  });
});
