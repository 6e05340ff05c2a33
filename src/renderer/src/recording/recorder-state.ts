/** Default seconds of countdown before a recording started by hand, so the user can step back into position. */
export const COUNTDOWN_SECONDS = 3;

export type RecorderState =
  | { phase: 'idle' }
  | { phase: 'countdown'; remaining: number }
  | { phase: 'starting' }
  | { phase: 'recording'; sessionId: number; startedAt: number }
  | { phase: 'stopping'; sessionId: number };

export type RecorderEvent =
  /** Record/Stop button or keyboard shortcut; the countdown's length (s, 0: none), default COUNTDOWN_SECONDS. */
  | { type: 'toggle'; countdownSeconds?: number }
  /** Hands-free: the walker started walking, the take starts now (no countdown). */
  | { type: 'start-now' }
  /** One second of the countdown has passed. */
  | { type: 'tick' }
  | { type: 'started'; sessionId: number; startedAt: number }
  /** Starting failed, or the recording must end now (camera gone, saving failed). */
  | { type: 'failed' }
  /** Everything that could be saved is saved. */
  | { type: 'stopped' };

export const IDLE: RecorderState = { phase: 'idle' };

export function nextRecorderState(state: RecorderState, event: RecorderEvent): RecorderState {
  switch (event.type) {
    case 'toggle':
      if (state.phase === 'idle') {
        const seconds = event.countdownSeconds ?? COUNTDOWN_SECONDS;
        return seconds > 0 ? { phase: 'countdown', remaining: seconds } : { phase: 'starting' };
      }
      if (state.phase === 'countdown') return IDLE;
      if (state.phase === 'recording') return { phase: 'stopping', sessionId: state.sessionId };
      return state; // starting / stopping finish on their own
    case 'start-now':
      return state.phase === 'idle' || state.phase === 'countdown' ? { phase: 'starting' } : state;
    case 'tick':
      if (state.phase !== 'countdown') return state;
      return state.remaining > 1 ? { phase: 'countdown', remaining: state.remaining - 1 } : { phase: 'starting' };
    case 'started':
      return state.phase === 'starting'
        ? { phase: 'recording', sessionId: event.sessionId, startedAt: event.startedAt }
        : state;
    case 'failed':
      if (state.phase === 'recording') return { phase: 'stopping', sessionId: state.sessionId };
      if (state.phase === 'starting' || state.phase === 'countdown') return IDLE;
      return state;
    case 'stopped':
      return state.phase === 'stopping' ? IDLE : state;
  }
}
