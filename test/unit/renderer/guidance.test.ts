/** The live screen's one guidance message: its priority, its contradiction rules and its hold. */
import { describe, expect, it } from 'vitest';
import {
  chooseGuidance,
  GuidanceHold,
  HOLD_MS,
  type GuidanceConditions,
} from '../../../src/renderer/src/live/guidance';
import type { FramingCheck } from '../../../src/shared/hands-free/framing';

/** All is well: a camera, a model, one walker tracked side-on, hands-free off. */
const FINE: GuidanceConditions = {
  camera: 'ready',
  engine: 'ready',
  error: null,
  warnings: [],
  tracked: true,
  framing: null,
  view: 'side',
  handsFree: 'off',
};
const at = (patch: Partial<GuidanceConditions>) => chooseGuidance({ ...FINE, ...patch });
const framingOfShare = (heightShare: number) => ({ heightShare }) as FramingCheck;

describe('chooseGuidance: one message by priority', () => {
  it('all well: says what the side view measures, as news rather than a warning', () => {
    expect(at({})).toMatchObject({ key: 'ok', tone: 'info', text: expect.stringMatching(/^Side view/) });
    expect(at({ view: 'unknown' }).text).toMatch(/at an angle/);
  });

  it('a tracked walker never yields "Nobody in view", even with a held no_person warning', () => {
    const g = at({ tracked: true, warnings: ['no_person', 'several_people'] });
    expect(g.key).toBe('several');
    expect(g.text).not.toMatch(/nobody/i);
    expect(at({ tracked: true, warnings: ['no_person'] }).key).toBe('ok');
    expect(at({ tracked: false, warnings: ['no_person', 'several_people'] }).text).toMatch(/^Nobody in view/);
    // not yet held: looked for, not "nobody"
    expect(at({ tracked: false, warnings: [] }).key).toBe('looking');
  });

  it('several people outrank the framing of whoever is tracked', () => {
    const g = at({ warnings: ['body_cut_off', 'too_small', 'several_people'], view: 'front' });
    expect(g.key).toBe('several');
    expect(g.text).toMatch(/^Several people in view/);
    expect(at({ handsFree: 'choose-walker' }).key).toBe('several');
  });

  it('then cut off, then too far or too close, then not side-on, then hands-free, each only alone', () => {
    expect(at({ warnings: ['too_small', 'body_cut_off'], view: 'front' }).key).toBe('cut-off');
    expect(at({ handsFree: 'not-whole' }).key).toBe('cut-off');
    expect(at({ warnings: ['too_small'], view: 'front' }).key).toBe('too-far');
    expect(at({ framing: framingOfShare(0.91), view: 'front' }).key).toBe('too-close');
    expect(at({ framing: framingOfShare(0.89), view: 'front' }).key).toBe('not-side-on');
    expect(at({ handsFree: 'not-side-on' }).key).toBe('not-side-on');
    expect(at({ handsFree: 'recording' })).toMatchObject({
      key: 'hands-free',
      text: 'Recording: stand still to stop.',
    });
    // hands-free's "waiting for the walker" beside a tracked walker would contradict: all is well instead
    expect(at({ handsFree: 'no-walker' }).key).toBe('ok');
  });

  it('the camera, the model and a tracking failure come before anything about the walker', () => {
    const walkerProblems: Partial<GuidanceConditions> = { warnings: ['no_person', 'several_people'], tracked: false };
    expect(at({ ...walkerProblems, camera: 'problem', engine: 'failed', error: 'x' }).key).toBe('camera');
    expect(at({ ...walkerProblems, camera: 'opening' }).text).toBe('Opening the camera…');
    expect(at({ ...walkerProblems, engine: 'loading', error: 'x' }).text).toBe('Loading the pose model…');
    expect(at({ ...walkerProblems, engine: 'failed' }).key).toBe('engine');
    expect(at({ ...walkerProblems, error: 'Pose tracking failed: boom' }).text).toBe('Pose tracking failed: boom');
  });
});

describe('GuidanceHold: steady, never contradicting', () => {
  const several = at({ warnings: ['several_people'] });
  const ok = at({});
  const nobody = at({ tracked: false, warnings: ['no_person'] });

  it('a more important message shows at once; a less important one only after the hold', () => {
    const hold = new GuidanceHold();
    expect(hold.update(0, ok, true).key).toBe('ok');
    expect(hold.update(100, several, true).key).toBe('several');
    expect(hold.update(200, ok, true).key).toBe('several');
    expect(hold.update(100 + HOLD_MS - 1, ok, true).key).toBe('several');
    expect(hold.update(100 + HOLD_MS, ok, true).key).toBe('ok');
  });

  it('a message chosen every other frame stays on screen instead of flickering', () => {
    const hold = new GuidanceHold();
    const shown = Array.from({ length: 60 }, (_, i) => hold.update(i * 33, i % 2 ? ok : several, true).key);
    expect(shown.every((k) => k === 'several')).toBe(true);
  });

  it('"Nobody in view" and "Looking for the walker" go as soon as a walker is tracked, hold or not', () => {
    const hold = new GuidanceHold();
    expect(hold.update(0, nobody, false).key).toBe('nobody');
    expect(hold.update(50, ok, true).key).toBe('ok');
    expect(hold.update(5000, at({ tracked: false }), false).key).toBe('looking');
    expect(hold.update(5050, ok, true).key).toBe('ok');
  });

  it('every message fits the three-line slot (at most 90 characters)', () => {
    const all = [
      nobody,
      several,
      ok,
      at({ tracked: false }),
      at({ warnings: ['body_cut_off'] }),
      at({ warnings: ['too_small'] }),
      at({ framing: framingOfShare(0.95) }),
      at({ view: 'front' }),
      at({ view: 'unknown' }),
      at({ camera: 'problem' }),
      at({ engine: 'failed' }),
      ...(['ready', 'recording', 'still'] as const).map((handsFree) => at({ handsFree })),
    ];
    expect(all.filter((g) => g.text.length > 90)).toEqual([]);
  });
});
