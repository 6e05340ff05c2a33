/** The app's addresses: each screen's path is matched by its own route, with ids read back as built. */
import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { variantSchema } from '../../../src/shared/api';
import {
  afterPersonSwitch,
  parseId,
  parsePersonReport,
  paths,
  patterns,
  type ReportTarget,
} from '../../../src/renderer/src/routes/paths';

/** The route table's paths as the router ranks them, without the screens (they need a window). */
const table: RouteObject[] = [
  { id: 'live', index: true },
  ...Object.entries(patterns).map(([id, path]) => ({ id, path })),
  { id: 'unknown', path: '*' },
];

/** The route a path opens, and the parameters read off it. */
function opened(path: string): { route: string; params: Record<string, string | undefined> } {
  const match = matchRoutes(table, path)!.at(-1)!;
  return { route: match.route.id!, params: match.params };
}

describe('paths and routes', () => {
  it('opens every screen at the path built for it', () => {
    expect(opened(paths.live).route).toBe('live');
    expect(opened(paths.sessions).route).toBe('sessions');
    expect(opened(paths.trash).route).toBe('trash');
    expect(opened(paths.compare).route).toBe('compare');
    expect(opened(paths.progress).route).toBe('progress');
    expect(opened(paths.people).route).toBe('people');
    expect(opened(paths.settings).route).toBe('settings');
  });

  it("reads a session's id back from its page and its replay", () => {
    expect(opened(paths.session(42))).toEqual({ route: 'session', params: { sessionId: '42' } });
    expect(opened(paths.replay(42))).toEqual({ route: 'replay', params: { sessionId: '42' } });
    expect(parseId(opened(paths.replay(9_007_199_254_740)).params.sessionId)).toBe(9_007_199_254_740);
  });

  it('reads both sessions of a comparison back, in their lanes', () => {
    const { route, params } = opened(paths.comparePair(7, 3));
    expect(route).toBe('comparePair');
    expect([parseId(params.a), parseId(params.b)]).toEqual([7, 3]);
  });

  it('reads every kind of report back as the target it was built for', () => {
    const targets: ReportTarget[] = [
      { kind: 'session', sessionId: 12 },
      { kind: 'person', personId: 3, variant: null },
      ...variantSchema.options.map((variant): ReportTarget => ({ kind: 'person', personId: 3, variant })),
    ];
    for (const target of targets) {
      const { route, params } = opened(paths.report(target));
      const read =
        route === 'sessionReport'
          ? { kind: 'session', sessionId: parseId(params.sessionId) }
          : parsePersonReport(params);
      expect(read).toEqual(target);
    }
    expect(paths.report(targets[2])).toBe('/report/person/3/flat');
  });

  it('gives the trash its own screen, not a session whose id is "trash"', () => {
    expect(opened('/sessions/trash').route).toBe('trash');
    expect(parseId('trash')).toBeNull();
  });

  it('names no session, pair or report with an id that is not a whole number', () => {
    for (const param of [undefined, '', 'x', '12a', '-1', '1.5', '1e3', '0x10', ' 7', '99999999999999999'])
      expect(parseId(param)).toBeNull();
    expect(parsePersonReport({ personId: '3', variant: 'skating' })).toBeNull();
    expect(parsePersonReport({ personId: 'me' })).toBeNull();
  });

  it('sends an address no screen has to the not-found screen', () => {
    for (const path of ['/session/4', '/sessions/4/replay/extra', '/compare/1', '/report/people/1', '/report'])
      expect(opened(path).route).toBe('unknown');
  });
});

describe('switching the active person', () => {
  it("leaves the previous person's session, replay and chosen pair for the new person's list and default pair", () => {
    expect(afterPersonSwitch(paths.session(5))).toBe(paths.sessions);
    expect(afterPersonSwitch(paths.replay(5))).toBe(paths.sessions);
    expect(afterPersonSwitch(paths.comparePair(5, 6))).toBe(paths.compare);
  });

  it('keeps the screens that follow the active person by themselves', () => {
    for (const path of [
      paths.live,
      paths.sessions,
      paths.trash,
      paths.compare,
      paths.progress,
      paths.people,
      paths.settings,
    ])
      expect(afterPersonSwitch(path)).toBeNull();
  });
});
