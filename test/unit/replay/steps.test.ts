/**
 * The replay's step controls and step table against the gait module's own output on real footage
 * (the woman walking "backward" in sports2d-walk-reversed.mp4, see test/fixtures/keypoints/README.md).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import { buildReplayAnalysis, chartColumns, frameMetricsAt } from '../../../src/renderer/src/replay/replay-analysis';
import { nextStepTime, previousStepTime, stepRangeAt } from '../../../src/renderer/src/replay/seeking';
import { largestStepButtons } from '../../../src/renderer/src/replay/largest-steps';
import { frameReadout } from '../../../src/renderer/src/replay/frame-readout';
import { stepRows } from '../../../src/renderer/src/replay/step-rows';
import { loadFixture } from './support';

const file = loadFixture('sports2d-walk-reversed.lightning.json');
const HEIGHT_CM = 165;
const analysis = analyzeSession(file, { heightCm: HEIGHT_CM });
const steps = analysis.step_list;
const result = { width: file.width, height: file.height, analysis };

describe('step navigation on a real walk', () => {
  it('has steps to navigate (the fixture is a walk)', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  it('"next step" visits every contact in time order, then stops', () => {
    const visited: number[] = [];
    let time = 0;
    for (let next = nextStepTime(steps, time); next !== null; next = nextStepTime(steps, time)) {
      visited.push(next);
      time = next + 0.005; // the replay seeks a few ms into the contact's frame
    }
    expect(visited).toEqual(steps.map((s) => s.t_s));
  });

  it('"previous step" from just after a contact goes to the contact before, not the same one', () => {
    for (let k = 1; k < steps.length; k++) expect(previousStepTime(steps, steps[k].t_s + 0.005)).toBe(steps[k - 1].t_s);
    expect(previousStepTime(steps, steps[0].t_s + 0.005)).toBeNull();
  });

  it('loops the step being walked: from its contact to the next contact', () => {
    const k = 3;
    const range = stepRangeAt(steps, (steps[k].t_s + steps[k + 1].t_s) / 2);
    expect(range).toEqual({ startS: steps[k].t_s, endS: steps[k + 1].t_s });
    expect(stepRangeAt(steps, steps[0].t_s - 0.1)).toBeNull();
    // past the last contact: the last step lasts as long as the last known step time
    const last = steps[steps.length - 1];
    const lastTime = [...steps].reverse().find((s) => s.step_time_s != null)!.step_time_s!;
    expect(stepRangeAt(steps, last.t_s + 0.01)).toEqual({ startS: last.t_s, endS: last.t_s + lastTime });
    expect(stepRangeAt(steps, last.t_s + lastTime + 0.01)).toBeNull();
  });

  it('"Largest step" goes to the step of the table with the largest peak, at its peak frame, where the leg is measured', () => {
    const buttons = largestStepButtons(analysis);
    const rows = stepRows(analysis);
    const replay = buildReplayAnalysis(file.frames, result, HEIGHT_CM);
    for (const side of ['left', 'right'] as const) {
      const button = buttons[side]!;
      const own = rows.filter((r) => r.side === side && r.kneePastToeValue !== null);
      expect(own.length).toBeGreaterThan(1);
      // the button's step is the table's largest of that leg, with the table's value
      expect(button.value).toBe(Math.max(...own.map((r) => r.kneePastToeValue!)));
      expect(rows[button.number - 1]).toMatchObject({ side, kneePastToeValue: button.value });
      const step = steps[button.number - 1];
      expect(button.timeS).toBe(step.peak_knee_past_toe_t_s);
      // the peak frame lies in the step's stance and the leg is measured there: the skeleton is drawn
      expect(button.timeS).toBeGreaterThanOrEqual(step.t_s - 0.5 / file.fps);
      expect(button.timeS).toBeLessThanOrEqual(step.t_s + step.stance_time_s! + 0.5 / file.fps);
      const index = replay.timeline.nearestIndex(button.timeS * 1000);
      expect(Math.abs(file.frames[index].t / 1000 - button.timeS)).toBeLessThan(0.001);
      const shown = frameReadout(frameMetricsAt(replay, index, HEIGHT_CM), 'cm');
      expect(shown[side].kneePastToe).not.toBeNull();
      expect(shown[side].flexion).not.toBeNull();
      expect(button.title).toContain(`Step ${button.number}`);
    }
  });
});

describe('step table', () => {
  it('has one row per step of the analysis, with its leg, time and values', () => {
    const rows = stepRows(analysis);
    expect(rows).toHaveLength(analysis.steps.count);
    expect(rows.filter((r) => r.leg === 'Left')).toHaveLength(analysis.steps.left);
    expect(rows.map((r) => r.timeS)).toEqual(steps.map((s) => s.t_s));
    const k = steps.findIndex((s) => s.step_time_s != null && s.peak_knee_flexion_deg != null && s.step_length != null);
    expect(rows[k]).toMatchObject({
      number: k + 1,
      time: `${steps[k].t_s.toFixed(2)} s`,
      stepTime: `${steps[k].step_time_s!.toFixed(2)} s`,
      length: `${steps[k].step_length!.toFixed(0)} cm`,
      peakKneeFlexion: `${steps[k].peak_knee_flexion_deg!.toFixed(0)}°`,
    });
  });

  it('writes step lengths and knee past toes in inches in imperial (cm / 2.54, to 0.1)', () => {
    const metric = stepRows(analysis);
    const imperial = stepRows(analysis, 'imperial');
    const k = steps.findIndex((s) => s.step_length != null && s.peak_knee_past_toe != null);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(imperial[k].length).toBe(`${(steps[k].step_length! / 2.54).toFixed(1)} in`);
    expect(metric[k].length).toBe(`${steps[k].step_length!.toFixed(0)} cm`);
    const inches = Math.abs(steps[k].peak_knee_past_toe! / 2.54).toFixed(1);
    expect(imperial[k].kneePastToes).toMatch(new RegExp(`^(Yes|No) \\(−?${inches} in\\)$`));
    // the same steps, the same stored values: only the writing changes
    expect(imperial.map((r) => r.kneePastToeValue)).toEqual(metric.map((r) => r.kneePastToeValue));
    const largest = largestStepButtons(analysis, 'imperial').left!;
    expect(largest.title).toContain(`knee past toes ${(largest.value / 2.54).toFixed(1)} in`);
  });

  it('says which steps took the knee past the toes, as many as the summary counts', () => {
    const rows = stepRows(analysis);
    const judged = rows.filter((r) => r.kneePastToes !== '—');
    const yes = judged.filter((r) => r.kneePastToes.startsWith('Yes'));
    expect(judged.length).toBe(steps.filter((s) => s.knee_past_toe != null).length);
    expect((100 * yes.length) / judged.length).toBeCloseTo(analysis.knee_past_toe.steps_past_toe_pct!, 0);
  });

  it("shows no step lengths without the user's height (the gait module gives them in cm only)", () => {
    const rows = stepRows(analyzeSession(file, {}));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set(['—']));
  });
});

describe('replay analysis', () => {
  it('keeps the stored analysis of a result, and computes one for a result without', () => {
    const stored = buildReplayAnalysis(file.frames, result, HEIGHT_CM);
    expect(stored.analysis).toBe(analysis);
    expect(stored.recomputed).toBe(false);
    const computed = buildReplayAnalysis(file.frames, { ...result, analysis: null }, HEIGHT_CM);
    expect(computed.recomputed).toBe(true);
    expect(computed.analysis).toEqual(analysis);
  });

  it('gives the charts one row per frame and the overlay a toe for a frame with the walker in view', () => {
    const replay = buildReplayAnalysis(file.frames, result, HEIGHT_CM);
    const columns = chartColumns(replay.series!, (s) => [s.knee.left, s.knee.right]);
    expect(columns.map((c) => c.length)).toEqual([file.frames.length, file.frames.length, file.frames.length]);
    expect(columns[1].some((v) => v === null)).toBe(true); // frames without her are gaps, not zeros
    const walking = file.frames.findIndex((f, i) => i > 100 && f.keypoints !== null);
    const metrics = frameMetricsAt(replay, walking, HEIGHT_CM)!;
    expect(metrics.facing).toBe('left'); // she faces left in the reversed clip
    const toe = metrics.left.toe ?? metrics.right.toe;
    expect(toe).not.toBeNull();
    expect(
      frameMetricsAt(
        replay,
        file.frames.findIndex((f) => f.keypoints === null),
        HEIGHT_CM,
      ),
    ).toBeNull();
  });
});
