import type { SessionSummary } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import { IDLE, nextRecorderState, type RecorderEvent, type RecorderState } from './recorder-state';
import { describeTakeResult } from './take-notice';
import { messageOf } from '../api/errors';
import { RecordingTake, type TakeSetup } from './recording-take';

export interface RecorderNotice {
  kind: 'info' | 'error';
  text: string;
}

/** What a take needs, read when the countdown ends (camera and settings may change before). */
export type TakeInputs = Omit<TakeSetup, 'onSaveError'> | { unavailable: string };

/**
 * Runs the recorder state machine (countdown → recording → saving) and its side effects. Lives
 * outside React so the frame loop can feed it frames without re-rendering anything.
 */
export class RecordingController {
  private state: RecorderState = IDLE;
  private notice: RecorderNotice | null = null;
  private take: RecordingTake | null = null;
  private countdownTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  /** Countdown before a take started by hand, s (Settings). */
  private countdownSeconds: number | undefined;

  /** The screen's latest way to read a take's inputs, and what it does with a saved session (connect). */
  private inputs: () => TakeInputs = () => ({ unavailable: 'The live screen is not ready.' });
  private onSaved: (summary: SessionSummary) => void = () => undefined;

  /** Takes the screen's latest inputs and saved-session callback: they change as it renders. */
  connect(inputs: () => TakeInputs, onSaved: (summary: SessionSummary) => void): void {
    this.inputs = inputs;
    this.onSaved = onSaved;
  }

  getState = (): RecorderState => this.state;
  getNotice = (): RecorderNotice | null => this.notice;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setCountdownSeconds(seconds: number): void {
    this.countdownSeconds = seconds;
  }

  toggle(): void {
    this.dispatch({ type: 'toggle', countdownSeconds: this.countdownSeconds });
  }

  /** Hands-free: starts a take now, with no countdown; false when one is already starting or running. */
  startNow(): boolean {
    const before = this.state;
    this.dispatch({ type: 'start-now' });
    return this.state !== before;
  }

  /** Stops a take that is recording (nothing else: a hands-free stop never starts one). */
  stop(): void {
    if (this.state.phase === 'recording') this.dispatch({ type: 'toggle' });
  }

  /** Hands-free: the walker stands still, what follows is left out of the take unless they walk again. */
  pause(): void {
    if (this.state.phase === 'recording') this.take?.pause();
  }

  resume(): void {
    if (this.state.phase === 'recording') this.take?.resume();
  }

  /** Ends any countdown or recording now (camera unplugged, leaving the screen), keeping what was saved. */
  abort(reason: string): void {
    if (this.state.phase === 'idle') return;
    this.setNotice({ kind: 'error', text: reason });
    this.dispatch({ type: 'failed' });
  }

  dismissNotice(): void {
    this.setNotice(null);
  }

  /**
   * Hands a drawn frame, with the picture its pose was computed from (still the caller's to close), to
   * the take being recorded; true when it is part of the recording.
   */
  addFrame(frameTime: number, keypoints: readonly Keypoint[] | null, picture: ImageBitmap): boolean {
    return this.state.phase === 'recording' && (this.take?.addFrame(frameTime, keypoints, picture) ?? false);
  }

  /** Resolves once a take being recorded can take the next frame's picture (at once when none is). */
  ready(): Promise<void> {
    return this.take?.ready() ?? Promise.resolve();
  }

  private dispatch(event: RecorderEvent): void {
    const previous = this.state;
    const next = nextRecorderState(previous, event);
    if (next === previous) return;
    this.state = next;
    this.enter(previous, next);
    this.notify();
  }

  private enter(previous: RecorderState, next: RecorderState): void {
    clearTimeout(this.countdownTimer);
    switch (next.phase) {
      case 'countdown':
        if (previous.phase === 'idle') this.setNotice(null);
        this.countdownTimer = setTimeout(() => this.dispatch({ type: 'tick' }), 1000);
        return;
      case 'starting':
        void this.startTake();
        return;
      case 'stopping':
        void this.stopTake();
        return;
      default:
        return;
    }
  }

  private async startTake(): Promise<void> {
    const inputs = this.inputs();
    if ('unavailable' in inputs) {
      this.abort(inputs.unavailable);
      return;
    }
    let take: RecordingTake;
    try {
      take = await RecordingTake.start({
        ...inputs,
        onSaveError: (e) => this.abort(`Recording stopped: ${messageOf(e)}`),
      });
    } catch (e) {
      this.abort(`Could not start recording: ${messageOf(e)}`);
      return;
    }
    this.take = take;
    this.dispatch({ type: 'started', sessionId: take.sessionId, startedAt: take.startedAt });
    // Aborted while the session was being created: close it straight away.
    if (this.state.phase !== 'recording') void this.stopTake();
  }

  private async stopTake(): Promise<void> {
    const take = this.take;
    this.take = null;
    if (!take) return;
    const result = await take.stop();
    if (result.summary) this.onSaved(result.summary);
    const reason = this.notice?.kind === 'error' ? this.notice.text : null;
    this.setNotice(describeTakeResult(result, reason));
    this.dispatch({ type: 'stopped' });
  }

  private setNotice(notice: RecorderNotice | null): void {
    this.notice = notice;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
