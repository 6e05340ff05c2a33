/** The cycle chart's data: each session's mean knee cycle over 0–100 % from the gait module, on real walks. */
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import { buildReplayAnalysis } from '../../../src/renderer/src/replay/replay-analysis';
import { cycleColumns, kneeCycle } from '../../../src/renderer/src/compare/knee-cycles';
import { loadFixture } from '../replay/support';

function replayOf(name: string) {
  const file = loadFixture(name);
  return buildReplayAnalysis(
    file.frames,
    { width: file.width, height: file.height, analysis: analyzeSession(file) },
    null,
  );
}

describe('knee flexion over one gait cycle', () => {
  const a = replayOf('sports2d-walk.lightning.json');
  const b = replayOf('sports2d-walk-reversed.lightning.json');

  it("averages each leg's whole cycles into 101 points, with a plausible walking knee (flexes in swing)", () => {
    // whole cycles seen by eye: the walk's right leg, both legs of the reversed walk
    const cycles = [kneeCycle(a, 'right'), kneeCycle(b, 'left'), kneeCycle(b, 'right')];
    for (const cycle of cycles) {
      expect(cycle).not.toBeNull();
      expect(cycle!.cycles).toBeGreaterThanOrEqual(2);
      expect(cycle!.mean).toHaveLength(101);
      const known = cycle!.mean.filter((v): v is number => v != null);
      expect(known.length).toBeGreaterThan(90);
      expect(Math.max(...known) - Math.min(...known)).toBeGreaterThan(20); // the knee bends and straightens
    }
  });

  it('gives uPlot the % axis and, per session, mean and mean ∓ SD', () => {
    const cycles = [kneeCycle(a, 'right'), kneeCycle(b, 'right')];
    const columns = cycleColumns(cycles);
    expect(columns).toHaveLength(7);
    expect(columns[0][0]).toBe(0);
    expect(columns[0][100]).toBe(100);
    for (const c of columns) expect(c).toHaveLength(101);
    const [, meanA, lowA, highA] = columns;
    const withSd = meanA.map((_, k) => k).filter((k) => cycles[0]!.sd[k] != null);
    expect(withSd.length).toBeGreaterThan(90);
    for (const k of withSd) {
      expect(meanA[k]! - lowA[k]!).toBeCloseTo(cycles[0]!.sd[k]!, 9);
      expect(highA[k]! - meanA[k]!).toBeCloseTo(cycles[0]!.sd[k]!, 9);
    }
  });

  it('has no cycle for a session without keypoints to chart, and charts it as a gap', () => {
    const still = { ...a, series: null };
    expect(kneeCycle(still, 'left')).toBeNull();
    const columns = cycleColumns([null, kneeCycle(b, 'right')]);
    expect(columns[1].every((v) => v === null)).toBe(true);
  });
});
