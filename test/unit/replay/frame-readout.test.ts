/** The replay's "this frame" readout, from the overlay's per-frame metrics of a real walk. */
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import { buildReplayAnalysis, frameMetricsAt } from '../../../src/renderer/src/replay/replay-analysis';
import { frameReadout } from '../../../src/renderer/src/replay/frame-readout';
import { loadFixture } from './support';

const file = loadFixture('sports2d-walk.lightning.json');

describe("this frame's readout", () => {
  it("shows each knee's flexion and knee past toes of the frame, in cm with a height", () => {
    const analysis = analyzeSession(file, { heightCm: 165 });
    const replay = buildReplayAnalysis(file.frames, { width: file.width, height: file.height, analysis }, 165);
    const index = file.frames.findIndex((_, i) => frameMetricsAt(replay, i, 165)?.left.kneePastToeDist.value != null);
    expect(index).toBeGreaterThanOrEqual(0);
    const m = frameMetricsAt(replay, index, 165)!;
    const r = frameReadout(m, 'cm');
    expect(r.unit).toBe('cm');
    expect(r.left.kneePastToe).toBe(m.left.kneePastToeDist.value);
    expect(r.left.flexion).toBe(m.left.kneeFlexionDeg.value);
    expect(r.left.kneePastToeText).toMatch(/^−?\d+\.\d cm$/);
    expect(r.left.flexionText).toMatch(/^−?\d+\.\d°$/);
    // without a height: degrees
    const deg = frameReadout(frameMetricsAt(replay, index, null), 'cm');
    expect(deg.unit).toBe('deg');
    expect(deg.left.kneePastToe).toBe(m.left.kneePastToeDeg.value);
    // in imperial: the same frame's value, written in inches; the flexion stays in degrees
    const imperial = frameReadout(m, 'cm', 'imperial');
    expect(imperial.left.kneePastToe).toBe(m.left.kneePastToeDist.value);
    const inches = Math.abs(m.left.kneePastToeDist.value! / 2.54).toFixed(1);
    expect(imperial.left.kneePastToeText.replace('−', '')).toBe(`${inches} in`);
    expect(imperial.left.flexionText).toBe(r.left.flexionText);
  });

  it('shows dashes for a frame without a person', () => {
    const r = frameReadout(null, 'cm');
    expect([r.left.flexionText, r.left.kneePastToeText, r.right.kneePastToeText]).toEqual(['—', '—', '—']);
  });
});
