import { describe, expect, it } from 'vitest';
import {
  COUNTDOWN_SECONDS,
  IDLE,
  nextRecorderState,
  type RecorderEvent,
  type RecorderState,
} from '../../../src/renderer/src/recording/recorder-state';

const run = (events: RecorderEvent[], from: RecorderState = IDLE): RecorderState =>
  events.reduce(nextRecorderState, from);
const ticks = (n: number): RecorderEvent[] => Array.from({ length: n }, () => ({ type: 'tick' }) as const);

describe('recorder state machine', () => {
  it('counts down 3-2-1, then starts, records and saves', () => {
    expect(COUNTDOWN_SECONDS).toBe(3);
    let state = run([{ type: 'toggle' }]);
    expect(state).toEqual({ phase: 'countdown', remaining: 3 });
    state = run(ticks(1), state);
    expect(state).toEqual({ phase: 'countdown', remaining: 2 });
    state = run(ticks(2), state);
    expect(state).toEqual({ phase: 'starting' });
    state = run([{ type: 'started', sessionId: 5, startedAt: 1234 }], state);
    expect(state).toEqual({ phase: 'recording', sessionId: 5, startedAt: 1234 });
    state = run([{ type: 'toggle' }], state);
    expect(state).toEqual({ phase: 'stopping', sessionId: 5 });
    expect(run([{ type: 'stopped' }], state)).toEqual(IDLE);
  });

  it('cancels the countdown when toggled again', () => {
    expect(run([{ type: 'toggle' }, { type: 'tick' }, { type: 'toggle' }])).toEqual(IDLE);
  });

  it('ignores toggles while starting or saving, so a double press cannot lose a take', () => {
    const starting = run([{ type: 'toggle' }, ...ticks(3)]);
    expect(run([{ type: 'toggle' }], starting)).toBe(starting);
    const stopping: RecorderState = { phase: 'stopping', sessionId: 1 };
    expect(run([{ type: 'toggle' }, { type: 'tick' }], stopping)).toBe(stopping);
  });

  it('on failure stops a running recording through saving, and abandons a start', () => {
    const recording: RecorderState = { phase: 'recording', sessionId: 9, startedAt: 0 };
    expect(run([{ type: 'failed' }], recording)).toEqual({ phase: 'stopping', sessionId: 9 });
    expect(run([{ type: 'toggle' }, ...ticks(3), { type: 'failed' }])).toEqual(IDLE);
    expect(run([{ type: 'toggle' }, { type: 'failed' }])).toEqual(IDLE);
  });

  it('ignores a late "started" after the start was abandoned', () => {
    const abandoned = run([{ type: 'toggle' }, ...ticks(3), { type: 'failed' }]);
    expect(run([{ type: 'started', sessionId: 2, startedAt: 0 }], abandoned)).toEqual(IDLE);
  });

  it('counts down the chosen length, and starts at once with none', () => {
    expect(run([{ type: 'toggle', countdownSeconds: 10 }])).toEqual({ phase: 'countdown', remaining: 10 });
    expect(run([{ type: 'toggle', countdownSeconds: 1 }, ...ticks(1)])).toEqual({ phase: 'starting' });
    expect(run([{ type: 'toggle', countdownSeconds: 0 }])).toEqual({ phase: 'starting' });
  });

  it('starts a hands-free take at once, even during a countdown, and never twice', () => {
    expect(run([{ type: 'start-now' }])).toEqual({ phase: 'starting' });
    expect(run([{ type: 'toggle' }, { type: 'start-now' }])).toEqual({ phase: 'starting' });
    const recording: RecorderState = { phase: 'recording', sessionId: 3, startedAt: 0 };
    expect(run([{ type: 'start-now' }], recording)).toBe(recording);
  });
});
