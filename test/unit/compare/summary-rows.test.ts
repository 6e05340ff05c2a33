/** The comparison's summary: both sessions' numbers from their analyses, and B − A with units. */
import { describe, expect, it } from 'vitest';
import { NO_GOALS, type Person, type SessionSummary } from '../../../src/shared/api';
import { analyzeSession } from '../../../src/shared/gait';
import {
  formatDifference,
  shownDifference,
  summaryRows,
  type NumberRow,
} from '../../../src/renderer/src/compare/summary-rows';
import { defaultPair } from '../../../src/renderer/src/compare/default-pair';
import { session as storedSession } from '../export/fixtures';
import { loadFixture } from '../replay/support';

const walk = analyzeSession(loadFixture('sports2d-walk.lightning.json'), { heightCm: 165 });
const backward = analyzeSession(loadFixture('sports2d-walk-reversed.lightning.json'), { heightCm: 165 });

/** A session of Ann's (person 1): the rows read its date and variant, the numbers come from the analyses. */
const session = (id: number, startedAt: string, extra: Partial<SessionSummary> = {}): SessionSummary =>
  storedSession({ id, startedAt, personId: 1, ...extra });
const ann: Person = {
  id: 1,
  name: 'Ann',
  heightCm: 165,
  birthYear: null,
  createdAt: '2026-01-01',
  sessionCount: 2,
  goals: NO_GOALS,
  kidsMode: false,
};
const A = { session: session(1, '2026-11-01T10:00:00Z'), person: ann, analysis: walk };
const B = {
  session: session(2, '2026-11-20T10:00:00Z', { variant: 'sled', loadKg: 12 }),
  person: ann,
  analysis: backward,
};
const rows = summaryRows(A, B);
const row = (id: string) => rows.find((r) => r.id === id) as NumberRow;

describe('summary side by side', () => {
  /** B − A of the values as the rows show them. */
  const shownDiff = (a: number, b: number, digits: number) =>
    Number((Number(b.toFixed(digits)) - Number(a.toFixed(digits))).toFixed(digits)) + 0;

  it('gives B − A of the numbers as shown, for every number both sessions have, from their analyses', () => {
    expect(row('cadence').diffValue).toBe(shownDiff(walk.cadence_spm!, backward.cadence_spm!, 0));
    expect(row('knee-rom-left').diffValue).toBe(shownDiff(walk.knee.rom_deg.left!, backward.knee.rom_deg.left!, 0));
    expect(row('knee-rom-right').diffValue).toBe(shownDiff(walk.knee.rom_deg.right!, backward.knee.rom_deg.right!, 0));
    expect(row('peak-kpt-dist-right').diffValue).toBe(
      shownDiff(walk.knee_past_toe.peak.right!, backward.knee_past_toe.peak.right!, 1),
    );
    expect(row('balance').diffValue).toBe(shownDiff(walk.balance.score!, backward.balance.score!, 0));
    expect(row('peak-kpt-dist-left').diffValue).toBe(
      shownDiff(walk.knee_past_toe.peak.left!, backward.knee_past_toe.peak.left!, 1),
    );
    expect(row('steps').diffValue).toBe(backward.steps.count - walk.steps.count);
    expect(row('step-time-si').diffValue).toBeCloseTo(
      backward.symmetry.step_time_si_pct! - walk.symmetry.step_time_si_pct!,
      0,
    );
  });

  it('writes the difference with its sign and unit', () => {
    const faster = summaryRows(A, { ...B, analysis: { ...backward, cadence_spm: walk.cadence_spm! + 7.4 } }).find(
      (r) => r.id === 'cadence',
    ) as NumberRow;
    const slower = summaryRows(A, { ...B, analysis: { ...backward, cadence_spm: walk.cadence_spm! - 7.6 } }).find(
      (r) => r.id === 'cadence',
    ) as NumberRow;
    expect(faster.diff).toMatch(/^\+[78] steps\/min$/); // as shown: rounded A and B
    expect(slower.diff).toMatch(/^−[78] steps\/min$/);
    expect(row('knee-rom-left').diff).toMatch(/^[+−±]\d+°$/);
    expect(row('peak-kpt-dist-right').unit).toBe(' cm');
    expect(row('peak-kpt-dist-right').diff).toMatch(/^[+−±]\d+\.\d cm$/);
    expect(row('step-time-si').a).toMatch(/%/);
  });

  it('shows 99 vs 98 steps/min as −1, never ±0, whatever the digits behind them', () => {
    const cadence = (a: number, b: number) =>
      summaryRows(
        { ...A, analysis: { ...walk, cadence_spm: a } },
        { ...B, analysis: { ...backward, cadence_spm: b } },
      ).find((r) => r.id === 'cadence') as NumberRow;
    // raw 98.6 vs 98.4: a difference of −0.2 that rounds to 0, but shown as 99 and 98
    expect(cadence(98.6, 98.4)).toMatchObject({
      a: '99 steps/min',
      b: '98 steps/min',
      diff: '−1 steps/min',
      diffValue: -1,
    });
    expect(cadence(98, 99)).toMatchObject({ diff: '+1 steps/min', diffValue: 1 });
    // ±0 only when both show the same number (and never −0)
    expect(cadence(98.6, 99.4)).toMatchObject({
      a: '99 steps/min',
      b: '99 steps/min',
      diff: '±0 steps/min',
      diffValue: 0,
    });
    expect(Object.is(cadence(98.6, 98.7).diffValue, -0)).toBe(false);
  });

  it("differences at the values' own precision: 0.1 cm, 0.1°, 1°, and the symmetry shown as 0 below 0.5 %", () => {
    expect([shownDifference(4.04, 4.16, 1), shownDifference(4.16, 4.04, 1), shownDifference(10.25, 10.25, 1)]).toEqual([
      0.2, -0.2, 0,
    ]);
    expect([
      formatDifference(0.2, ' cm', 1),
      formatDifference(-0.2, '°', 1),
      formatDifference(0, '°', 0),
      formatDifference(null, '°', 0),
    ]).toEqual(['+0.2 cm', '−0.2°', '±0°', '—']);
    expect(shownDifference(64.6, 65.4, 0)).toBe(0);
    expect(shownDifference(64.4, 64.6, 0)).toBe(1);
    const si = (a: number, b: number) =>
      summaryRows(
        { ...A, analysis: { ...walk, symmetry: { ...walk.symmetry, step_time_si_pct: a } } },
        { ...B, analysis: { ...backward, symmetry: { ...backward.symmetry, step_time_si_pct: b } } },
      ).find((r) => r.id === 'step-time-si') as NumberRow;
    expect(si(0.3, 2)).toMatchObject({ a: '0 % (symmetric)', b: '+2.0 % (left larger)', diff: '+2.0 %', diffValue: 2 });
  });

  it('leads with knee past the toes in one unit: cm when both walks have a height, else degrees; no label twice', () => {
    const labels = rows.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(rows.slice(4, 6).map((r) => r.label)).toEqual([
      'Left knee past toes, typical step (cm)',
      'Right knee past toes, typical step (cm)',
    ]);
    expect(rows.some((r) => r.id.startsWith('peak-kpt-deg'))).toBe(false);
    expect(row('knee-rom-right').label).toBe('Right knee range (°)');
    // without a height (or with it for one walk only): degrees, which need none; never shank lengths
    const noHeight = analyzeSession(loadFixture('sports2d-walk-reversed.lightning.json'), {});
    for (const pair of [
      summaryRows({ ...A, analysis: noHeight }, { ...B, analysis: noHeight }),
      summaryRows(A, { ...B, analysis: noHeight }),
    ]) {
      expect(pair.slice(4, 6).map((r) => r.label)).toEqual([
        'Left knee past toes, typical step (°)',
        'Right knee past toes, typical step (°)',
      ]);
      expect(pair.some((r) => r.id.startsWith('peak-kpt-dist'))).toBe(false);
      expect(new Set(pair.map((r) => r.label)).size).toBe(pair.length);
    }
  });

  it('writes the balance grade with its scale and direction, the difference in points', () => {
    const balance = (a: number, b: number) =>
      summaryRows(
        { ...A, analysis: { ...walk, balance: { ...walk.balance, score: a } } },
        { ...B, analysis: { ...backward, balance: { ...backward.balance, score: b } } },
      ).find((r) => r.id === 'balance') as NumberRow;
    expect(balance(98, 60)).toMatchObject({
      label: 'Balance (/100, higher = steadier)',
      a: '98/100',
      b: '60/100',
      diff: '−38 points',
    });
  });

  it('says who, when, which variant and which way each walk went', () => {
    const text = (id: string) => rows.find((r) => r.id === id)!;
    expect(text('person')).toMatchObject({ a: 'Ann', b: 'Ann' });
    expect(text('variant')).toMatchObject({ a: 'Flat ground', b: 'Sled, 12 kg' });
    expect(text('direction')).toMatchObject({ a: walk.direction, b: backward.direction });
    expect(text('date').a).not.toBe(text('date').b);
  });

  it('in imperial, knee past the toes in inches (cm / 2.54 to 0.1), B − A of those, and a sled load in lb', () => {
    const imperial = summaryRows(A, B, 'imperial');
    const inches = (cm: number) => Number((cm / 2.54).toFixed(1));
    for (const side of ['left', 'right'] as const) {
      const r = imperial.find((x) => x.id === `peak-kpt-dist-${side}`) as NumberRow;
      const [a, b] = [walk.knee_past_toe.peak[side]!, backward.knee_past_toe.peak[side]!];
      expect(r.label).toContain('(in)');
      expect([r.a, r.b]).toEqual(
        [`${inches(a).toFixed(1)} in`, `${inches(b).toFixed(1)} in`].map((t) => t.replace('-', '−')),
      );
      expect(r.diffValue).toBe(shownDiff(inches(a), inches(b), 1));
    }
    expect(imperial.find((r) => r.id === 'variant')).toMatchObject({ b: 'Sled, 26.5 lb' }); // 12 / 0.45359237
    // the other rows are the same in either system
    expect(imperial.find((r) => r.id === 'cadence')).toEqual(row('cadence'));
  });

  it('a missing number has no difference', () => {
    const gap = summaryRows(A, { ...B, analysis: { ...backward, cadence_spm: null } }).find(
      (r) => r.id === 'cadence',
    ) as NumberRow;
    expect([gap.b, gap.diff, gap.diffValue]).toEqual(['—', '—', null]);
  });
});

describe('the pair shown first', () => {
  const group = (id: number, name: string, sessions: SessionSummary[]) => ({ person: { ...ann, id, name }, sessions });
  const anns = [
    session(3, '2026-11-03T00:00:00Z'),
    session(2, '2026-11-02T00:00:00Z'),
    session(1, '2026-11-01T00:00:00Z'),
  ];
  const kids = [session(9, '2026-11-09T00:00:00Z', { personId: 2 })];

  it("is the active person's two latest, the earlier as A", () => {
    expect(defaultPair([group(1, 'Ann', anns), group(2, 'Kid', kids)], 1)).toEqual({ a: 2, b: 3 });
  });

  it("falls back to the family's two latest when the active person has fewer than two, and to none", () => {
    expect(defaultPair([group(1, 'Ann', anns), group(2, 'Kid', kids)], 2)).toEqual({ a: 3, b: 9 });
    expect(defaultPair([group(2, 'Kid', kids)], 2)).toBeNull();
  });
});
