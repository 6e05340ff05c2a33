import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../../src/main/store/sessionStore';
import type { SessionListItem, SessionSummary } from '../../../src/shared/api';
import { sessionMetrics } from '../../../src/shared/progress';
import type { GaitAnalysis } from '../../../src/shared/gait';
import { makeFrames, NEW_SESSION } from '../main/support';
import { openServices, recordSession, syntheticWalk, walkAnalysedFromStored } from './support';

/** What sessions.list should give for a whole session: everything but the analyses, plus its progress numbers. */
function expectedItem(whole: SessionSummary, metrics: SessionListItem['metrics']): SessionListItem {
  const { analysis: _analysis, results, trim: _trim, ...fields } = whole;
  return { ...fields, results: results.map(({ analysis: _a, ...info }) => info), metrics };
}

describe('sessions.list items', () => {
  it('are the sessions without their analyses, with the progress numbers in the height of whoever they belong to', async () => {
    const services = openServices();
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
    const first = await recordSession(services, { personId: anna.id, startedAt: '2026-03-01T10:00:00.000Z', seed: 1 });
    const second = await recordSession(services, {
      personId: anna.id,
      startedAt: '2026-03-02T10:00:00.000Z',
      seed: 2,
      cadence: 110,
    });
    // A re-analysis with another model is listed with its size and warnings, not its analysis.
    const thunder = syntheticWalk(3);
    services.sessions.saveResult(second.id, {
      model: 'thunder',
      width: thunder.input.width,
      height: thunder.input.height,
      direction: thunder.analysis.direction,
      analysis: thunder.analysis,
      warnings: ['Two people in view.'],
      frames: thunder.input.frames.map((f) => ({
        t: f.t,
        keypoints: f.keypoints as [number, number, number][] | null,
      })),
    });
    // A short session is analysed all the same (main analyses what was stored).
    const { id: cutOff } = await h['sessions.create']({
      ...NEW_SESSION,
      personId: anna.id,
      startedAt: '2026-03-03T10:00:00.000Z',
    });
    await h['sessions.appendFrames']({ id: cutOff, frames: makeFrames(20) });
    await h['sessions.finish']({ id: cutOff, durationMs: 700 });

    const list = await h['sessions.list']({ personId: anna.id, trash: false });
    expect(list.map((s) => s.id)).toEqual([cutOff, second.id, first.id]);
    const whole = async (id: number) => (await h['sessions.get']({ id }))!;
    expect(list).toStrictEqual([
      expectedItem(await whole(cutOff), sessionMetrics((await whole(cutOff)).analysis as GaitAnalysis, 168)),
      expectedItem(await whole(second.id), sessionMetrics(second.analysis, 168)),
      expectedItem(await whole(first.id), sessionMetrics(first.analysis, 168)),
    ]);
    expect(list[1].results.map((r) => [r.model, r.warnings])).toEqual([
      ['lightning', []],
      ['thunder', ['Two people in view.']],
    ]);
    // The same numbers as on the progress charts.
    const points = (await h['progress.get']({ personId: anna.id, variant: null, utcOffsetMin: 0 })).points;
    expect(points.map((p) => [p.sessionId, p.metrics])).toEqual(
      [first.id, second.id, cutOff].map((id) => [id, list.find((i) => i.id === id)!.metrics]),
    );

    // After a height change the listed cm follow it.
    await h['people.update']({ id: anna.id, heightCm: 120, heightApplies: 'all' });
    const [, , relisted] = await h['sessions.list']({ personId: anna.id, trash: false });
    expect(relisted.metrics).toEqual(sessionMetrics(walkAnalysedFromStored(1, undefined, 120), 120));
    expect(relisted.metrics!.peakKneePastToeCm.left).not.toEqual(
      sessionMetrics(first.analysis, 168).peakKneePastToeCm.left,
    );

    // The trash lists items too.
    await h['sessions.delete']({ id: first.id });
    expect(await h['sessions.list']({ personId: anna.id, trash: true })).toStrictEqual([
      expectedItem(await whole(first.id), relisted.metrics),
    ]);
  });

  it('never read an analysis: no statement the list runs selects one, and damaged analysis text stops sessions.get, not the list', async () => {
    const services = openServices();
    const h = services.handlers;
    const { id } = await recordSession(services, { startedAt: '2026-03-01T10:00:00.000Z' });
    const walk = syntheticWalk(4);
    services.sessions.saveResult(id, {
      model: 'thunder',
      width: walk.input.width,
      height: walk.input.height,
      direction: walk.analysis.direction,
      analysis: walk.analysis,
      warnings: [],
      frames: walk.input.frames.map((f) => ({ t: f.t, keypoints: f.keypoints as [number, number, number][] | null })),
    });
    const personId = (await h['settings.get']({})).personId!;

    const watched = watchStatements(services.db);
    const store = createSessionStore(watched.db, { forNewSession: () => personId, active: () => personId });
    for (const trash of [false, true]) store.list(personId, { trash });
    const columns = watched.run.flatMap((statement) => statement.columns());
    expect(columns.filter((c) => c.table === 'sessions').map((c) => c.column)).toContain('metrics');
    expect(columns.filter((c) => c.table === 'session_tracks').map((c) => c.column)).toContain('warnings');
    expect(columns.filter((c) => c.column === 'analysis')).toEqual([]);

    const before = await h['sessions.list']({ trash: false });
    services.db.exec("UPDATE sessions SET analysis = '{not json'; UPDATE session_tracks SET analysis = '{not json'");
    expect(() => h['sessions.get']({ id })).toThrow(SyntaxError);
    expect(await h['sessions.list']({ trash: false })).toStrictEqual(before);
  });
});

/** The database as a store sees it, noting every prepared statement that is run. */
function watchStatements(db: Database.Database): { db: Database.Database; run: Database.Statement[] } {
  const run: Database.Statement[] = [];
  const watch = (statement: Database.Statement): Database.Statement => {
    const proxy: Database.Statement = new Proxy(statement, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (key === 'all' || key === 'get' || key === 'iterate') run.push(target);
          const result: unknown = value.apply(target, args);
          return result === target ? proxy : result; // raw(), pluck()... chain on the watched statement
        };
      },
    });
    return proxy;
  };
  const watched = new Proxy(db, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'prepare') return (sql: string) => watch(target.prepare(sql));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: watched, run };
}
