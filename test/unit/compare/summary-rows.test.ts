/** The comparison's summary: both sessions' numbers from their analyses, and B − A with units. */
import { describe, expect, it } from 'vitest';
import type { Person, SessionSummary } from '../../../src/shared/api';
import { analyzeSession } from '../../../src/shared/gait';
import { summaryRows, type NumberRow } from '../../../src/renderer/src/compare/summary-rows';
import { defaultPair } from '../../../src/renderer/src/compare/default-pair';
import { loadFixture } from '../replay/support';

const walk = analyzeSession(loadFixture('sports2d-walk.lightning.json'), { heightCm: 165 });
const backward = analyzeSession(loadFixture('sports2d-walk-reversed.lightning.json'), { heightCm: 165 });

function session(id: number, startedAt: string, extra: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id, startedAt, durationMs: 7000, frameCount: 230, model: 'lightning', status: 'complete', direction: null,
    videoPath: null, videoBytes: null, width: 640, height: 480, analysis: null, source: 'imported', originalName: null,
    videoOwned: true, results: [], personId: 1, deletedAt: null, title: null, variant: 'flat', loadKg: null,
    distanceM: null, exerciseDurationS: null, notes: '', tags: [], heightCm: 165, ...extra,
  };
}
const ann: Person = { id: 1, name: 'Ann', heightCm: 165, birthYear: null, createdAt: '2026-01-01', sessionCount: 2 };
const A = { session: session(1, '2026-11-01T10:00:00Z'), person: ann, analysis: walk };
const B = { session: session(2, '2026-11-20T10:00:00Z', { variant: 'sled', loadKg: 12 }), person: ann, analysis: backward };
const rows = summaryRows(A, B);
const row = (id: string) => rows.find((r) => r.id === id) as NumberRow;

describe('summary side by side', () => {
  it('gives B − A for every number both sessions have, from their analyses', () => {
    expect(row('cadence').diffValue).toBeCloseTo(backward.cadence_spm! - walk.cadence_spm!, 9);
    expect(row('knee-rom-left').diffValue).toBeCloseTo(backward.knee.rom_deg.left! - walk.knee.rom_deg.left!, 9);
    expect(row('knee-rom-right').diffValue).toBeCloseTo(backward.knee.rom_deg.right! - walk.knee.rom_deg.right!, 9);
    expect(row('peak-kpt-deg-right').diffValue).toBeCloseTo(backward.knee_past_toe.peak_angle_deg.right! - walk.knee_past_toe.peak_angle_deg.right!, 9);
    expect(row('peak-kpt-dist-left').diffValue).toBeCloseTo(backward.knee_past_toe.peak.left! - walk.knee_past_toe.peak.left!, 9);
    expect(row('steps').diffValue).toBe(backward.steps.count - walk.steps.count);
    expect(row('step-time-si').diffValue).toBeCloseTo(backward.symmetry.step_time_si_pct! - walk.symmetry.step_time_si_pct!, 9);
  });

  it('writes the difference with its sign and unit', () => {
    const faster = summaryRows(A, { ...B, analysis: { ...backward, cadence_spm: walk.cadence_spm! + 7.4 } }).find((r) => r.id === 'cadence') as NumberRow;
    const slower = summaryRows(A, { ...B, analysis: { ...backward, cadence_spm: walk.cadence_spm! - 7.6 } }).find((r) => r.id === 'cadence') as NumberRow;
    expect([faster.diff, slower.diff]).toEqual(['+7 steps/min', '−8 steps/min']);
    expect(row('knee-rom-left').diff).toMatch(/^[+−±]\d+°$/);
    expect(row('peak-kpt-dist-right').unit).toBe(' cm');
    expect(row('peak-kpt-dist-right').diff).toMatch(/^[+−±]\d+\.\d cm$/);
    expect(row('step-time-si').a).toMatch(/%/);
    const tiny = summaryRows(A, { ...B, analysis: { ...backward, cadence_spm: walk.cadence_spm! - 0.3 } }).find((r) => r.id === 'cadence') as NumberRow;
    expect(tiny.diff).toBe('±0 steps/min'); // shown rounded: no "−0"
    expect(tiny.diffValue).toBeCloseTo(-0.3, 9);
  });

  it('says who, when, which variant and which way each walk went', () => {
    const text = (id: string) => rows.find((r) => r.id === id)!;
    expect(text('person')).toMatchObject({ a: 'Ann', b: 'Ann' });
    expect(text('variant')).toMatchObject({ a: 'Flat ground', b: 'Sled, 12 kg' });
    expect(text('direction')).toMatchObject({ a: walk.direction, b: backward.direction });
    expect(text('date').a).not.toBe(text('date').b);
  });

  it('leaves out distances in different units (one analysed without the height), and a missing number has no difference', () => {
    const noHeight = analyzeSession(loadFixture('sports2d-walk.lightning.json'), {});
    const mixed = summaryRows(A, { ...B, analysis: noHeight });
    expect(mixed.some((r) => r.id.startsWith('peak-kpt-dist'))).toBe(false);
    const gap = summaryRows(A, { ...B, analysis: { ...backward, cadence_spm: null } }).find((r) => r.id === 'cadence') as NumberRow;
    expect([gap.b, gap.diff, gap.diffValue]).toEqual(['—', '—', null]);
  });
});

describe('the pair shown first', () => {
  const group = (id: number, name: string, sessions: SessionSummary[]) => ({ person: { ...ann, id, name }, sessions });
  const anns = [session(3, '2026-11-03T00:00:00Z'), session(2, '2026-11-02T00:00:00Z'), session(1, '2026-11-01T00:00:00Z')];
  const kids = [session(9, '2026-11-09T00:00:00Z', { personId: 2 })];

  it('is the active person\'s two latest, the earlier as A', () => {
    expect(defaultPair([group(1, 'Ann', anns), group(2, 'Kid', kids)], 1)).toEqual({ a: 2, b: 3 });
  });

  it('falls back to the family\'s two latest when the active person has fewer than two, and to none', () => {
    expect(defaultPair([group(1, 'Ann', anns), group(2, 'Kid', kids)], 2)).toEqual({ a: 3, b: 9 });
    expect(defaultPair([group(2, 'Kid', kids)], 2)).toBeNull();
  });
});
