/** The CLI on the committed real-footage keypoints: a report, the JSON contract, centimetres. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeypointsFile } from '../../../src/shared/pose/keypoints-file';
import { cliAnalysisShape } from './analysis-shape';
import { requireFixture } from '../../support/requirements';
import { FIXTURES_DIR, runCli, stderrLines } from './run-cli';

const walk = requireFixture('sports2d-walk.lightning.json');

describe('analyze CLI on a keypoints file', () => {
  it('every committed fixture is a valid keypoints file with a person in it', () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const result = parseKeypointsFile(JSON.parse(readFileSync(join(FIXTURES_DIR, f), 'utf8')));
      expect(result.ok, `${f}: ${result.ok ? '' : result.error}`).toBe(true);
    }
  });

  it('--json prints one JSON object following the contract', () => {
    const result = runCli([walk, '--json']);
    expect(stderrLines(result)).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const analysis = cliAnalysisShape.parse(JSON.parse(result.stdout));
    expect(analysis.knee_past_toe.unit).toBe('shank');
    expect(analysis.quality.confident_frames_pct).toBeGreaterThan(0);
  });

  it('--height-cm switches lengths to centimetres', () => {
    const result = runCli([walk, '--json', '--height-cm', '165']);
    expect(result.status).toBe(0);
    expect(cliAnalysisShape.parse(JSON.parse(result.stdout)).knee_past_toe.unit).toBe('cm');
  });

  it('without --json prints a readable report with every section', () => {
    const result = runCli([walk]);
    expect(result.status).toBe(0);
    for (const heading of [
      'Direction',
      'Steps',
      'Cadence',
      'Symmetry',
      'Knee',
      'Knee past toe',
      'Balance',
      'Data quality',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^${heading}`, 'm'));
    }
  });
});
