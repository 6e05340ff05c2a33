import { describe, expect, it } from 'vitest';
import { SESSION_JSON_FORMAT, SESSION_JSON_UNITS, sessionJson } from '../../../src/shared/export';
import { analyzeSession } from '../../../src/shared/gait';
import { synthesizeGait } from '../../support/synthetic-gait';
import { session } from './fixtures';

describe('sessionJson', () => {
  const walk = synthesizeGait({ segments: [{ mode: 'backward', duration_s: 8 }], facing: 'right', noisePx: 0.5 });
  const lightning = analyzeSession(walk.input, { heightCm: 170 });
  const thunder = { ...lightning, cadence_spm: 77.7 };

  it('pretty JSON of the details, the summary and the steps; no local video path', () => {
    const s = session({ title: 'Hill "repeats"', tags: ['uphill'], variant: 'uphill', notes: 'ünïcode ✓' }, lightning);
    const text = sessionJson(s);
    expect(text.split('\n')[1]).toBe(`  "format": "${SESSION_JSON_FORMAT}",`);
    const json = JSON.parse(text);
    expect(json.session).toMatchObject({
      id: 7,
      title: 'Hill "repeats"',
      variant: 'uphill',
      tags: ['uphill'],
      notes: 'ünïcode ✓',
      personId: 2,
    });
    expect(json.model).toBe('lightning');
    expect(json.steps).toEqual(lightning.step_list);
    expect(json.steps.length).toBe(lightning.steps.count);
    expect(json.events).toEqual(lightning.events);
    expect(json.summary.cadence_spm).toBe(lightning.cadence_spm);
    expect(json.summary.step_list).toBeUndefined();
    expect(text).not.toContain('/home/someone');
    // metric as stored, with a note on reading it in imperial
    expect(json.units).toEqual(SESSION_JSON_UNITS);
    expect(json.units.note).toContain('in = cm / 2.54');
  });

  it("picks the asked model's result", () => {
    const s = session({}, lightning);
    s.results.push({
      model: 'thunder',
      frameCount: 1845,
      width: 640,
      height: 480,
      direction: 'backward',
      analysis: thunder,
      warnings: ['Two people in view'],
    });
    const json = JSON.parse(sessionJson(s, 'thunder'));
    expect(json).toMatchObject({ model: 'thunder', warnings: ['Two people in view'], summary: { cadence_spm: 77.7 } });
    expect(JSON.parse(sessionJson(s, 'lightning')).summary.cadence_spm).toBe(lightning.cadence_spm);
  });

  it('a session not analysed yet: null summary, no steps', () => {
    const json = JSON.parse(sessionJson(session({ analysis: null, results: [] })));
    expect(json).toMatchObject({ summary: null, steps: [], events: [], model: 'lightning' });
  });
});
