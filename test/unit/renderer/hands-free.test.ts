/**
 * The live screen's hands-free glue: the take detector's events drive the recorder, and the cues
 * come out in order. A synthetic walker stands, walks and stands; the recorder is a stand-in that
 * keeps the recorder's states (its session creation takes a few frames, as a server does).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CoachingSettings, type KneePastToeGoal, type Person } from '../../../src/shared/api';
import { kneeTargetFor } from '../../../src/renderer/src/live/knee-target';
import type { Cue } from '../../../src/shared/coaching/cues';
import { CUE_TEXT } from '../../../src/shared/coaching/cues';
import { createLiveGaitTracker } from '../../../src/shared/gait';
import { HandsFree, type CueSpeaker, type TakeRecorder } from '../../../src/renderer/src/live/hands-free';
import {
  IDLE,
  nextRecorderState,
  type RecorderEvent,
  type RecorderState,
} from '../../../src/renderer/src/recording/recorder-state';
import { startStopWalk } from '../../support/start-stop-walk';

class FakeRecorder implements TakeRecorder {
  state: RecorderState = IDLE;
  log: string[] = [];
  private listeners = new Set<() => void>();
  getState = () => this.state;
  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  dispatch(event: RecorderEvent): void {
    const next = nextRecorderState(this.state, event);
    if (next === this.state) return;
    this.state = next;
    this.log.push(next.phase);
    for (const l of this.listeners) l();
  }
  startNow(): boolean {
    const before = this.state;
    this.dispatch({ type: 'start-now' });
    return before !== this.state;
  }
  stop(): void {
    if (this.state.phase === 'recording') this.dispatch({ type: 'toggle' });
  }
  pause(): void {
    this.log.push('pause');
  }
  resume(): void {
    this.log.push('resume');
  }
  setCountdownSeconds(): void {}
}

class Speaker implements CueSpeaker {
  said: Cue[] = [];
  say(cues: readonly Cue[]): void {
    this.said.push(...cues);
  }
  configure(_: CoachingSettings): void {}
  announceAudioState(): void {}
}

/** Feeds the walk; the session "is created" `createFrames` frames after a start, and saved at once after a stop. */
function run(createFrames: number) {
  const walk = startStopWalk({ contacts: 8, standBefore_s: 1.5, standAfter_s: 4, heightPx: 300 });
  const { width, height } = walk.input;
  const recorder = new FakeRecorder();
  const speaker = new Speaker();
  const target = { value: 0, unit: 'cm' } as const;
  const handsFree = new HandsFree(recorder, speaker, { ...DEFAULT_SETTINGS, handsFree: true }, target);
  handsFree.configure({ ...DEFAULT_SETTINGS, handsFree: true }, target);
  const tracker = createLiveGaitTracker({ heightCm: 170 });
  let startingFor = 0;
  for (const f of walk.input.frames) {
    if (recorder.state.phase === 'starting' && ++startingFor > createFrames)
      recorder.dispatch({ type: 'started', sessionId: 1, startedAt: f.t });
    if (recorder.state.phase === 'stopping') recorder.dispatch({ type: 'stopped' });
    const readout = tracker.update(f, { width, height });
    handsFree.onFrame({ frameTime: f.t, keypoints: f.keypoints, image: { width, height }, people: 1, readout });
  }
  return { recorder, speaker };
}

describe('hands-free on the live screen', () => {
  it('starts, pauses when she stands and stops a take by itself; cues in order', () => {
    const { recorder, speaker } = run(3);
    expect(recorder.log).toEqual(['starting', 'recording', 'pause', 'stopping', 'idle']);
    const takeCues = speaker.said.filter((c) => c.kind === 'take-started' || c.kind === 'take-stopped');
    expect(takeCues.map((c) => c.text)).toEqual([CUE_TEXT.takeStarted, CUE_TEXT.takeStopped.still]);
  });

  it('applies a stop that came while the session was still being created', () => {
    // the take starts near 1.8 s and should stop near 9.6 s; its session is there 8.2 s later, at 10 s
    const { recorder, speaker } = run(245);
    expect(recorder.log).toEqual(['starting', 'recording', 'stopping', 'idle']);
    expect(speaker.said.filter((c) => c.kind === 'take-stopped').map((c) => c.text)).toEqual([
      CUE_TEXT.takeStopped.still,
    ]);
  });
});

describe('a take ended by a lost camera', () => {
  it('says the take is saved up to then', () => {
    const recorder = new FakeRecorder();
    const speaker = new Speaker();
    const handsFree = new HandsFree(recorder, speaker, DEFAULT_SETTINGS, { value: 0, unit: 'cm' });
    recorder.dispatch({ type: 'toggle', countdownSeconds: 0 });
    recorder.dispatch({ type: 'started', sessionId: 1, startedAt: 0 });
    // as the live screen does when the camera is unplugged: tell hands-free, then end the recording
    handsFree.cameraLost();
    recorder.dispatch({ type: 'failed' });
    expect(speaker.said.map((c) => c.text)).toEqual([CUE_TEXT.takeStarted, CUE_TEXT.takeStopped['camera-lost']]);
  });
});

describe('the knee-past-toes target of the chime', () => {
  const person = (heightCm: number | null, goal: KneePastToeGoal | null): Person => ({
    id: 1,
    name: 'A',
    heightCm,
    birthYear: null,
    createdAt: '2026-01-01T00:00:00Z',
    sessionCount: 0,
    goals: { kneePastToe: goal, backwardMinPerWeek: null },
    kidsMode: false,
  });
  const settings = { ...DEFAULT_SETTINGS, coaching: { ...DEFAULT_SETTINGS.coaching, kneePastToeTargetCm: 4 } };

  it("is the person's goal, in its unit; a goal in cm needs a height", () => {
    expect(kneeTargetFor(person(170, { value: 6, unit: 'cm' }), settings)).toEqual({ value: 6, unit: 'cm' });
    expect(kneeTargetFor(person(null, { value: 12, unit: 'deg' }), settings)).toEqual({ value: 12, unit: 'deg' });
    expect(kneeTargetFor(person(null, { value: 6, unit: 'cm' }), settings)).toEqual({ value: 0, unit: 'readout' });
  });

  it('is the setting in cm without a goal, and 0 in shank lengths without a height', () => {
    expect(kneeTargetFor(person(170, null), settings)).toEqual({ value: 4, unit: 'cm' });
    expect(kneeTargetFor(null, settings)).toEqual({ value: 0, unit: 'readout' });
  });
});
