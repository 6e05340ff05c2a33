import { describe, expect, it } from 'vitest';
import type { SessionListItem, SessionSummary } from '../../../src/shared/api';
import { sessionMetrics } from '../../../src/shared/progress';
import { comparePairFor } from '../../../src/renderer/src/sessions/compare-pair';
import { withSaved } from '../../../src/renderer/src/sessions/list-item';
import { syntheticWalk } from '../store/support';

const { analysis } = syntheticWalk(1);

function whole(extra: Partial<SessionSummary> = {}): SessionSummary {
  const own: SessionSummary['results'][number] = {
    model: 'lightning',
    frameCount: 150,
    width: 640,
    height: 480,
    direction: analysis.direction,
    analysis,
    warnings: [],
  };
  return {
    id: 7,
    startedAt: '2026-03-01T10:00:00.000Z',
    durationMs: 5000,
    frameCount: 150,
    model: 'lightning',
    status: 'complete',
    direction: analysis.direction,
    videoPath: '/videos/7.webm',
    videoBytes: 1000,
    width: 640,
    height: 480,
    analysis,
    source: 'recorded',
    originalName: null,
    videoOwned: true,
    results: [own, { ...own, model: 'thunder', warnings: ['Two people in view.'] }],
    personId: 1,
    deletedAt: null,
    title: null,
    variant: 'flat',
    loadKg: null,
    distanceM: null,
    exerciseDurationS: null,
    notes: '',
    tags: [],
    heightCm: 170,
    ...extra,
  };
}

describe('a list item after its session was saved', () => {
  const metrics = sessionMetrics(analysis, 170);
  const item: SessionListItem = (() => {
    const { analysis: _a, results, ...fields } = whole();
    return { ...fields, results: results.map(({ analysis: _r, ...info }) => info), metrics };
  })();

  it('takes every saved field and keeps its results without analyses and its progress numbers', () => {
    const saved = whole({ title: 'Park', variant: 'sled', loadKg: 20, notes: 'windy', tags: ['park'] });
    const next = withSaved(item, saved);
    expect(next).toStrictEqual({ ...item, title: 'Park', variant: 'sled', loadKg: 20, notes: 'windy', tags: ['park'] });
    expect(next).not.toHaveProperty('analysis');
    expect(next.results.every((r) => !('analysis' in r))).toBe(true);
    expect(next.metrics).toBe(metrics);
  });
});

describe('the pair "Compare with previous" opens', () => {
  const newestFirst = [{ id: 30 }, { id: 20 }, { id: 10 }];

  it('is the previous session as A and this one as B', () => {
    expect(comparePairFor(newestFirst, 30)).toEqual({ a: 20, b: 30 });
    expect(comparePairFor(newestFirst, 20)).toEqual({ a: 10, b: 20 });
  });

  it('is this one and the next for a first session, and none without another session', () => {
    expect(comparePairFor(newestFirst, 10)).toEqual({ a: 10, b: 20 });
    expect(comparePairFor([{ id: 10 }], 10)).toBeNull();
    expect(comparePairFor(newestFirst, 99)).toBeNull();
  });
});
