/**
 * The progress charts' data, shaped from progress reports built by the real progress module from
 * real-footage analyses (and from hand-made points where a case needs exact values).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import { parseKeypointsFile } from '../../../src/shared/pose/keypoints-file';
import {
  buildProgressReport,
  sessionMetrics,
  type DirectionFilter,
  type ProgressPoint,
} from '../../../src/shared/progress';
import {
  kneePastToeUnit,
  lineCharts,
  localDateSeconds,
  pointLabel,
  weeklyChart,
} from '../../../src/renderer/src/progress/chart-data';
import { formatKneePastToe } from '../../../src/shared/display/knee-past-toe';
import { extent, timeRange, valueRange, weeksRange } from '../../../src/renderer/src/progress/chart-scales';
import { day, point } from '../progress/fixtures';
import { loadFixture } from '../../support/requirements';

function analysed(fixture: string, heightCm: number | null): Pick<ProgressPoint, 'metrics' | 'direction'> {
  const parsed = parseKeypointsFile(loadFixture(`${fixture}.lightning.json`));
  if (!parsed.ok) throw new Error(parsed.error);
  const analysis = analyzeSession(parsed.file, { heightCm });
  return { metrics: sessionMetrics(analysis, heightCm), direction: analysis.direction };
}

/** Five real sessions over three weeks: a forward walk, the same clip reversed (backward), balance exercises. */
function realPoints(heightCm: number | null): ProgressPoint[] {
  const walk = analysed('sports2d-walk', heightCm);
  const reversed = analysed('sports2d-walk-reversed', heightCm);
  const balance = analysed('pose2sim-balance', heightCm);
  const at = (
    id: number,
    days: number,
    session: Pick<ProgressPoint, 'metrics' | 'direction'>,
    variant: ProgressPoint['variant'],
  ): ProgressPoint => ({ sessionId: id, startedAt: day(days), title: null, variant, ...session });
  return [
    at(1, 0, walk, 'flat'),
    at(2, 3, balance, 'flat'),
    at(3, 8, reversed, 'sled'),
    at(4, 10, walk, 'uphill'),
    at(5, 16, reversed, 'flat'),
  ];
}

const report = (
  points: ProgressPoint[],
  variant: ProgressPoint['variant'] | null = null,
  direction: DirectionFilter = 'all',
) => buildProgressReport({ personId: 1, variant, direction, points, now: new Date(day(17)), utcOffsetMin: 0 });

describe('progress line charts from real sessions', () => {
  it('plots one value per session and leg that has one, in the order of the sessions', () => {
    const r = report(realPoints(170));
    const charts = lineCharts(r, kneePastToeUnit(r, 170));
    expect(charts.map((c) => c.id)).toEqual(['knee-past-toe', 'knee-rom', 'cadence', 'step-time-si', 'balance']);
    for (const c of charts) {
      expect(c.x).toEqual(r.points.map((p) => Date.parse(p.startedAt) / 1000));
      for (const line of c.lines) expect(line.values).toHaveLength(r.points.length);
      const nonNull = c.lines.flatMap((l) => l.values).filter((v) => v !== null).length;
      expect(c.points).toBe(nonNull);
    }
    const rom = charts.find((c) => c.id === 'knee-rom')!;
    expect(rom.lines[0].values).toEqual(r.points.map((p) => p.metrics.kneeRomDeg.left));
    expect(rom.lines[1].values).toEqual(r.points.map((p) => p.metrics.kneeRomDeg.right));
    // the walking clips have knee ranges: the chart is not empty
    expect(rom.points).toBeGreaterThan(0);
  });

  it('stars the personal bests of each line (one per variant) at the sessions the progress module named', () => {
    const r = report(realPoints(170));
    for (const c of lineCharts(r, 'cm')) {
      for (const line of c.lines) {
        const bests = r.bests.filter((b) => b.metric === line.metric);
        expect(line.bestIndices.map((i) => r.points[i].sessionId)).toEqual(
          r.points.filter((p) => bests.some((b) => b.sessionId === p.sessionId)).map((p) => p.sessionId),
        );
        for (const i of line.bestIndices)
          expect(line.values[i]).toBe(bests.find((b) => b.sessionId === r.points[i].sessionId)!.value);
      }
      expect(c.bests).toBe(c.lines.reduce((n, l) => n + l.bestIndices.length, 0));
    }
    // cadence has no "better" direction, so no star
    expect(lineCharts(r, 'cm').find((c) => c.id === 'cadence')!.bests).toBe(0);
  });

  it('shows knee-past-toe in cm with a height, in degrees without one', () => {
    const withHeight = report(realPoints(170));
    expect(kneePastToeUnit(withHeight, 170)).toBe('cm');
    const cm = lineCharts(withHeight, 'cm')[0];
    expect(cm.title).toContain('cm');
    expect(cm.lines.map((l) => l.metric)).toEqual(['peakKneePastToeCmLeft', 'peakKneePastToeCmRight']);

    const noHeight = report(realPoints(null));
    expect(kneePastToeUnit(noHeight, null)).toBe('deg');
    const deg = lineCharts(noHeight, 'deg')[0];
    expect(deg.title).toContain('degrees');
    expect(deg.lines[0].values).toEqual(noHeight.points.map((p) => p.metrics.peakKneePastToeDeg.left));
    expect(deg.points).toBeGreaterThan(0);
  });

  it('plots knee-past-toe in inches in imperial (cm / 2.54 to 0.1), the hover text as every screen writes it', () => {
    const r = report(realPoints(170));
    const [metric] = lineCharts(r, 'cm');
    const [imperial] = lineCharts(r, 'cm', 'imperial');
    expect(imperial.title).toContain('(in)');
    expect(imperial.unit).toBe(' in');
    const cm = metric.lines[0].values;
    expect(imperial.lines[0].values).toEqual(cm.map((v) => (v === null ? null : Number((v / 2.54).toFixed(1)))));
    const i = cm.findIndex((v) => v !== null);
    expect(imperial.lines[0].texts[i]).toBe(formatKneePastToe(cm[i], 'cm', 'imperial'));
    expect(metric.lines[0].texts[i]).toBe(formatKneePastToe(cm[i], 'cm'));
    // the other charts are the same numbers in either system
    expect(lineCharts(r, 'cm', 'imperial')[1]).toEqual(lineCharts(r, 'cm')[1]);
  });

  it('a forward walk is not starred in the all-walks view; the backward view leaves it out', () => {
    const all = report(realPoints(170));
    expect(all.points.map((p) => p.direction)).toEqual(['forward', 'standing', 'backward', 'forward', 'backward']);
    for (const c of lineCharts(all, 'cm')) {
      for (const line of c.lines) for (const i of line.bestIndices) expect(all.points[i].direction).toBe('backward');
    }
    const backward = report(realPoints(170), null, 'backward');
    expect(backward.points.map((p) => p.sessionId)).toEqual([3, 5]);
    for (const c of lineCharts(backward, 'cm')) expect(c.x).toHaveLength(2);
  });

  it('a variant filter leaves only that variant’s sessions on every chart', () => {
    const sled = report(realPoints(170), 'sled');
    expect(sled.points.map((p) => p.sessionId)).toEqual([3]);
    for (const c of lineCharts(sled, 'cm')) expect(c.x).toHaveLength(1);
  });
});

describe('progress charts, exact cases', () => {
  it('counts only non-null values, and puts no star where the best session has no value on the chart', () => {
    const points = [
      point(day(0), { cadenceSpm: 90, balanceScore: 70 }),
      point(day(1), { cadenceSpm: null, balanceScore: 82 }),
      point(day(2), { cadenceSpm: 96, balanceScore: null }),
    ];
    const r = report(points);
    const charts = lineCharts(r, 'deg');
    expect(charts.find((c) => c.id === 'cadence')!.points).toBe(2);
    const balance = charts.find((c) => c.id === 'balance')!;
    expect(balance.points).toBe(2);
    expect(balance.lines[0].bestIndices).toEqual([1]);
    expect(balance.yRange).toEqual([0, 100]);
    expect(charts.find((c) => c.id === 'knee-rom')!.points).toBe(0);
    // a best naming a session not on this report (e.g. another variant's) draws nothing
    const stray = lineCharts(
      { points, bests: [{ metric: 'balanceScore', variant: 'flat', sessionId: 999, startedAt: day(0), value: 99 }] },
      'deg',
    );
    expect(stray.find((c) => c.id === 'balance')!.bests).toBe(0);
  });

  it('weekly bars: one per week, in minutes, at the Monday’s local midnight', () => {
    const points = [
      point(day(0), { backwardS: 90 }),
      point(day(2), { backwardS: 30 }),
      point(day(15), { backwardS: 300 }),
    ];
    const w = weeklyChart(report(points));
    expect(w.unit).toBe('min');
    expect(w.weeks.map((x) => x.weekStart)).toEqual(w.weeks.map((x) => x.weekStart).sort());
    expect(w.values).toEqual(w.weeks.map((x) => x.backwardS / 60));
    expect(w.values.reduce((a, b) => a + b, 0)).toBeCloseTo((90 + 30 + 300) / 60, 9);
    expect(w.points).toBe(w.values.filter((m) => m > 0).length);
    expect(w.x[0]).toBe(new Date(2026, 2, 2).getTime() / 1000);
    expect(localDateSeconds('2026-03-16')).toBe(new Date(2026, 2, 16).getTime() / 1000);
  });

  it('weekly bars in seconds while every week is under two minutes', () => {
    const w = weeklyChart(
      report([point(day(0), { backwardS: 40 }), point(day(9), { backwardS: 0 }), point(day(10), { backwardS: 75 })]),
    );
    expect(w.unit).toBe('s');
    expect(w.values.reduce((a, b) => a + b, 0)).toBeCloseTo(115, 9);
    expect(w.points).toBe(w.values.filter((v) => v > 0).length);
  });

  it('names a session by its title, else its date, with its variant', () => {
    const p = point(day(0), {}, 'treadmill-off');
    expect(pointLabel(p)).toContain('Treadmill');
    expect(pointLabel({ ...p, title: 'With the kids' })).toMatch(/^With the kids \(.+\) · Treadmill/);
    expect(pointLabel(p)).toMatch(/ · Treadmill \(switched off\) · backward$/);
    expect(pointLabel({ ...p, direction: null })).toMatch(/ · Treadmill \(switched off\)$/);
  });
});

describe('progress chart ranges', () => {
  const DAY = 86_400;
  const t = 1_770_000_000;

  it('gives one session two weeks around it, not years (uPlot stretches a single date to 1,000 days)', () => {
    expect(timeRange(t, t)).toEqual([t - 7 * DAY, t + 7 * DAY]);
    // the chart takes the sessions' own extent, never uPlot's min/max
    expect(extent([t])).toEqual([t, t]);
    expect(timeRange(...extent([t]))).toEqual([t - 7 * DAY, t + 7 * DAY]);
    expect(extent([])).toEqual([null, null]);
  });

  it('centres a few sessions days apart in the two weeks, and pads a long history by 4 %', () => {
    expect(timeRange(...extent([t, t + DAY, t + 4 * DAY]))).toEqual([t - 5 * DAY, t + 9 * DAY]);
    expect(timeRange(t, t + 100 * DAY)).toEqual([t - 4 * DAY, t + 104 * DAY]);
  });

  it('gives the weekly bars half a week either side, and at least four weeks', () => {
    const [lo, hi] = weeksRange(t, t);
    expect([lo, hi]).toEqual([t - 14 * DAY, t + 14 * DAY]);
    const [lo2, hi2] = weeksRange(t, t + 70 * DAY); // 11 weeks: each end's bar whole, + 4 %
    expect(lo2).toBeCloseTo(t - 3.5 * DAY - 0.04 * 77 * DAY, 6);
    expect(hi2).toBeCloseTo(t + 73.5 * DAY + 0.04 * 77 * DAY, 6);
  });

  it('gives a value some height', () => {
    const [vlo, vhi] = valueRange(5, 5, false);
    expect(vlo).toBeLessThan(5);
    expect(vhi).toBeGreaterThan(5);
  });

  it('does not blow up differences of a hair (a cadence of 97.9 vs 98.0)', () => {
    const [lo, hi] = valueRange(97.9, 98, false);
    expect(hi - lo).toBeGreaterThan(9);
  });

  it('keeps the 0 line in view when asked', () => {
    const [lo, hi] = valueRange(4, 12, true);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(12);
    const [lo2] = valueRange(4, 12, false);
    expect(lo2).toBeGreaterThan(0);
  });
});
