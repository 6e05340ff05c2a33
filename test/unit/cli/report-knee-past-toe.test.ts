/** The CLI's readable report shows the stored knee-past-toe values, named as the app names them. */
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/cli/report';
import { analyzeSession } from '../../../src/shared/gait';
import { parseKeypointsFile } from '../../../src/shared/pose/keypoints-file';
import { loadFixture } from '../../support/requirements';

const parsed = parseKeypointsFile(loadFixture('sports2d-walk.lightning.json'));
if (!parsed.ok) throw new Error(parsed.error);
const file = parsed.file;

const line = (report: string, label: string) => report.split('\n').find((l) => l.trimStart().startsWith(label)) ?? '';

describe('CLI report: knee past toes', () => {
  it("prints each leg's typical step as stored, and each step's own peak as in the step list (cm)", () => {
    const a = analyzeSession(file, { heightCm: 165 });
    const report = formatReport(a, 'walk');
    expect(report).toContain('Knee past toes, typical step (median of the step peaks');
    const k = a.knee_past_toe;
    expect(line(report, 'distance')).toContain(
      `left ${k.peak.left!.toFixed(1)} cm, right ${k.peak.right!.toFixed(1)} cm`,
    );
    expect(line(report, 'angle')).toContain(
      `left ${k.peak_angle_deg.left!.toFixed(1)}°, right ${k.peak_angle_deg.right!.toFixed(1)}°`,
    );
    for (const side of ['left', 'right'] as const) {
      const printed = line(report, `${side}, each step`)
        .replace(/^\s*\S+, each step\s+/, '')
        .split(', ');
      const own = a.step_list.filter((s) => s.side === side);
      expect(printed).toHaveLength(own.length);
      own.forEach((s, i) => {
        expect(printed[i]).toBe(
          s.peak_knee_past_toe == null
            ? 'n/a'
            : `${s.peak_knee_past_toe.toFixed(1)} cm @ ${s.peak_knee_past_toe_t_s!.toFixed(2)} s`,
        );
      });
    }
    expect(report).not.toMatch(/peak angle|peak distance/);
  });

  it("gives each step's peak in degrees without a height", () => {
    const a = analyzeSession(file, {});
    const first = a.step_list.find((s) => s.side === 'right' && s.peak_knee_past_toe_deg != null)!;
    expect(line(formatReport(a, 'walk'), 'right, each step')).toContain(
      `${first.peak_knee_past_toe_deg!.toFixed(1)}° @ `,
    );
  });

  it('writes the lengths in inches with --units imperial (cm / 2.54, to 0.1); degrees stay degrees', () => {
    const a = analyzeSession(file, { heightCm: 165 });
    const report = formatReport(a, 'walk', 'imperial');
    const k = a.knee_past_toe;
    const inches = (cm: number) => `${(cm / 2.54).toFixed(1)} in`;
    expect(line(report, 'distance')).toContain(`left ${inches(k.peak.left!)}, right ${inches(k.peak.right!)}`);
    expect(line(report, 'angle')).toBe(line(formatReport(a, 'walk'), 'angle'));
    const first = a.step_list.find((s) => s.side === 'left' && s.peak_knee_past_toe != null)!;
    expect(line(report, 'left, each step')).toContain(
      `${inches(first.peak_knee_past_toe!)} @ ${first.peak_knee_past_toe_t_s!.toFixed(2)} s`,
    );
    expect(report).not.toMatch(/\d cm\b/);
  });
});
