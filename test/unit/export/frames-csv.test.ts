import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { frameCsvColumns, sessionFrameMetrics, sessionFramesCsv } from '../../../src/shared/export';
import { computeFrameMetrics } from '../../../src/shared/gait';
import { KEYPOINT_NAMES } from '../../../src/shared/pose/keypoints';
import { synthesizeGait } from '../../support/synthetic-gait';

describe('sessionFramesCsv', () => {
  const { input, truth } = synthesizeGait({
    segments: [{ mode: 'backward', duration_s: 4 }],
    facing: 'left',
    noisePx: 0.5,
    dropouts: [[30, 33]],
  });
  const frames = input.frames;

  it('columns: time, x/y/score of the 17 keypoints, 6 numbers per leg, facing, trunk lean', () => {
    expect(frameCsvColumns('cm')).toHaveLength(1 + 17 * 3 + 2 * 6 + 2);
    expect(frameCsvColumns('cm').slice(0, 4)).toEqual(['t_s', 'nose_x', 'nose_y', 'nose_score']);
    expect(frameCsvColumns('cm')).toContain(`${KEYPOINT_NAMES[16]}_score`);
    expect(frameCsvColumns('shank')).toContain('right_knee_past_toe_shank');
    expect(frameCsvColumns('cm').slice(-8)).toEqual([
      'right_knee_flexion_deg',
      'right_shin_inclination_deg',
      'right_toe_x',
      'right_toe_y',
      'right_knee_past_toe_deg',
      'right_knee_past_toe_cm',
      'facing',
      'trunk_lean_deg',
    ]);
  });

  it("parses back to the frames' numbers, one row per frame, empty cells where nothing was seen", () => {
    const metrics = sessionFrameMetrics(frames, input, 170);
    const text = sessionFramesCsv({ frames, metrics });
    const parsed = Papa.parse<Record<string, number | string | null>>(text, { header: true, dynamicTyping: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(frameCsvColumns('cm'));
    const rows = parsed.data;
    expect(rows).toHaveLength(frames.length);
    rows.forEach((row, i) => {
      expect(row.t_s).toBeCloseTo(frames[i].t / 1000, 3);
      const kps = frames[i].keypoints;
      if (!kps) {
        expect(row.nose_x).toBeNull();
        expect(row.left_knee_flexion_deg).toBeNull();
        return;
      }
      expect(row.left_knee_x).toBeCloseTo(kps[13][0], 2);
      expect(row.right_ankle_y).toBeCloseTo(kps[16][1], 2);
      expect(row.right_ankle_score).toBeCloseTo(kps[16][2], 3);
      expect(row.left_knee_flexion_deg).toBeCloseTo(metrics[i].left.kneeFlexionDeg.value!, 2);
      expect(row.right_knee_past_toe_cm).toBeCloseTo(metrics[i].right.kneePastToeDist.value!, 2);
      expect(row.facing).toBe('left');
    });
    // the numbers are the knee's real angles: close to the walker's truth
    const err = rows.map((r, i) =>
      r.right_knee_flexion_deg == null
        ? 0
        : Math.abs((r.right_knee_flexion_deg as number) - truth.kneeFlexionDeg.right[i]),
    );
    expect(err.reduce((a, b) => a + b, 0) / err.length).toBeLessThan(3);
    expect(rows.slice(30, 33).every((r) => r.nose_x === null)).toBe(true);
    expect(new Set(Papa.parse<string[]>(text).data.map((r) => r.length))).toEqual(new Set([66]));
  });

  it('names the distance column after the unit (shank lengths without a height)', () => {
    const metrics = sessionFrameMetrics(frames, input, null);
    const header = sessionFramesCsv({ frames, metrics }).split('\r\n')[0].split(',');
    expect(header).toContain('left_knee_past_toe_shank');
    expect(header).not.toContain('left_knee_past_toe_cm');
  });

  it('refuses metrics that do not match the frames, with a clear message', () => {
    const metrics = sessionFrameMetrics(frames, input, 170);
    expect(() => sessionFramesCsv({ frames, metrics: metrics.slice(1) })).toThrow(/one metrics entry per frame/);
    const mixed = [...metrics];
    mixed[5] = computeFrameMetrics(frames[5].keypoints, frames[5].t, {});
    expect(() => sessionFramesCsv({ frames, metrics: mixed })).toThrow(/frame 5 is in shank/);
    expect(sessionFramesCsv({ frames: [], metrics: [] })).toBe(frameCsvColumns('shank').join(','));
  });
});
