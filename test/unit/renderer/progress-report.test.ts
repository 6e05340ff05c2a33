/** The one-page report's pure parts: the numbers read off a real analysis. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSession, type StepRecord } from '../../../src/shared/gait';
import { parseKeypointsFile } from '../../../src/shared/pose/keypoints-file';
import {
  detailFacts,
  framesFps,
  keyFacts,
  legStepRows,
  reportFileName,
  sessionLead,
} from '../../../src/renderer/src/report/session-report-data';
import type { Variant } from '../../../src/shared/api';

function realAnalysis(heightCm: number | null) {
  const parsed = parseKeypointsFile(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/keypoints/sports2d-walk.lightning.json'), 'utf8'),
    ),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return { analysis: analyzeSession(parsed.file, { heightCm }), frames: parsed.file.frames, fps: parsed.file.fps };
}

describe('session report numbers', () => {
  it('sums each leg’s steps from the step list of a real walk', () => {
    const { analysis } = realAnalysis(170);
    const rows = legStepRows(analysis.step_list);
    expect(rows.map((r) => r.side)).toEqual(['left', 'right']);
    expect(rows[0].steps + rows[1].steps).toBe(analysis.step_list.length);
    expect(rows[0].steps).toBe(analysis.step_list.filter((s) => s.side === 'left').length);
    const facts = keyFacts(analysis);
    expect(facts.find((f) => f.label === 'Direction')!.value.toLowerCase()).toBe(analysis.direction);
    expect(facts.find((f) => f.label === 'Steps')!.value).toContain(String(analysis.steps.count));
  });

  it('averages step times and counts steps past the toes per leg', () => {
    const step = (
      side: 'left' | 'right',
      stepTime: number | null,
      past: boolean | null,
      peak: number | null,
    ): StepRecord => ({
      side,
      t_s: 0,
      step_time_s: stepTime,
      stance_time_s: null,
      step_length: null,
      peak_knee_flexion_deg: 40,
      peak_knee_past_toe_deg: peak,
      knee_past_toe: past,
    });
    const [left, right] = legStepRows([
      step('left', 0.5, true, 31),
      step('left', 0.7, false, 12),
      step('right', null, null, null),
      step('left', null, true, 29),
    ]);
    expect(left).toMatchObject({ steps: 3, stepTime: '0.60 s', pastToes: '2 of 3', stanceTime: '—' });
    expect(right).toMatchObject({ steps: 1, stepTime: '—', pastToes: '—' });
  });

  it("leads with each knee's typical step past the toes as stored: cm with a height, degrees without", () => {
    for (const height of [170, null]) {
      const { analysis } = realAnalysis(height);
      const lead = sessionLead(analysis, 1, []);
      expect(lead.unit).toBe(height ? 'cm' : 'deg');
      for (const side of ['left', 'right'] as const) {
        const stored = height ? analysis.knee_past_toe.peak[side] : analysis.knee_past_toe.peak_angle_deg[side];
        expect(stored).not.toBeNull();
        expect(lead.values[side]).toBe(stored);
      }
      // the first walk of its kind: no change to tell
      expect([lead.change, lead.since]).toEqual([null, null]);
      // and the key numbers after it do not repeat it
      expect(keyFacts(analysis).some((f) => f.label.startsWith('Knee past toes'))).toBe(false);
    }
  });

  it('gives the change since the previous walk of the same direction and variant, skipping others', () => {
    const { analysis } = realAnalysis(170);
    const walk = (id: number, day: number, direction: string, variant: Variant, left: number, right: number) => ({
      id,
      startedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
      direction,
      variant,
      heightCm: 170,
      metrics: { peakKneePastToeCm: { left, right }, peakKneePastToeDeg: { left: null, right: null } },
    });
    const { left, right } = analysis.knee_past_toe.peak;
    const sessions = [
      walk(1, 1, analysis.direction, 'flat', 10, 11.5), // the previous one of its kind
      walk(2, 2, analysis.direction === 'forward' ? 'backward' : 'forward', 'flat', 30, 30), // other direction
      walk(3, 3, analysis.direction, 'sled', 30, 30), // other variant
      walk(4, 4, analysis.direction, 'flat', left!, right!), // this walk, as listed
    ];
    const lead = sessionLead(analysis, 4, sessions);
    expect(lead.change).toEqual({
      left: Math.round((left! - 10) * 10) / 10,
      right: Math.round((right! - 11.5) * 10) / 10,
    });
    expect(lead.since).toMatch(/flat ground$/);
  });

  it('reads the frame rate of stored keypoints from their times', () => {
    const { frames, fps } = realAnalysis(null);
    expect(framesFps(frames.map((f) => f.t))).toBeCloseTo(fps, 0);
    expect(framesFps([0, 40, 80, 200, 240])).toBe(25); // a dropped frame does not change it
    expect(framesFps([0])).toBe(30);
  });

  it('says the sled’s load with the variant, and names the PDF without characters files cannot have', () => {
    const base = {
      variant: 'sled' as const,
      loadKg: 20,
      distanceM: null,
      exerciseDurationS: 125,
      tags: [],
      source: 'recorded' as const,
      model: 'lightning' as const,
    };
    const facts = detailFacts(base);
    expect(facts[0]).toEqual({ label: 'Variant', value: 'Sled, 20 kg' });
    expect(facts.find((f) => f.label === 'Exercise time')!.value).toBe('2 min 05 s');
    // in imperial: 20 / 0.45359237 = 44.09 lb, 150 / 0.3048 = 492.13 ft
    const imperial = detailFacts({ ...base, distanceM: 150 }, 'imperial');
    expect(imperial[0]).toEqual({ label: 'Variant', value: 'Sled, 44.1 lb' });
    expect(imperial.find((f) => f.label === 'Distance')!.value).toBe('492.1 ft');
    expect(reportFileName(['Ada', 'Hill / with kids?', null, '2026-11-25'])).toBe(
      'Retrowalk Ada Hill - with kids- 2026-11-25.pdf',
    );
  });
});
