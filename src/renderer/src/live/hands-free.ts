/**
 * Hands-free recording and coaching on the live screen: each tracked frame goes to the take
 * detector (start, pause while still, stop) and the cue scheduler; the recorder's own changes
 * (a countdown, a take started or stopped by hand, a lost camera) become cues too. Outside React,
 * fed by the frame loop like the recorder.
 */
import type { Settings } from '../../../shared/api';
import { createCueScheduler, type CueScheduler, type TakeEnd } from '../../../shared/coaching/cue-scheduler';
import type { Cue } from '../../../shared/coaching/cues';
import type { LiveReadout } from '../../../shared/gait/types';
import { createTakeDetector, type DetectorStatus, type TakeDetector } from '../../../shared/hands-free/take-detector';
import type { Keypoint } from '../../../shared/pose/types';
import type { Coach } from '../coaching/coach';
import type { RecordingController } from '../recording/recording-controller';
import type { RecorderState } from '../recording/recorder-state';
import { kneePastToeIn, sameTarget, type KneeTarget } from './knee-target';

export interface HandsFreeFrame {
  /** performance.now() ms of the video frame */
  frameTime: number;
  keypoints: readonly Keypoint[] | null;
  image: { width: number; height: number };
  people: number;
  readout: LiveReadout;
}

export type HandsFreeStatus = DetectorStatus | 'off';

/** What hands-free needs of the recorder and of the coach (RecordingController and Coach have it). */
export type TakeRecorder = Pick<
  RecordingController,
  'getState' | 'subscribe' | 'startNow' | 'stop' | 'pause' | 'resume' | 'setCountdownSeconds'
>;
export type CueSpeaker = Pick<Coach, 'say' | 'configure' | 'announceAudioState'>;

export const HANDS_FREE_STATUS_TEXT: Record<HandsFreeStatus, string> = {
  off: 'Hands-free is off: press R or Record.',
  'no-walker': 'Waiting for the walker to come into the picture.',
  'not-whole': 'Step fully into the picture, head to feet.',
  'not-side-on': 'Turn side-on to the camera.',
  'choose-walker': 'Two people in view: click the walker.',
  ready: 'Ready: start walking and the take starts.',
  recording: 'Recording: stand still to stop.',
  still: 'Standing still: the take stops soon.',
};

export class HandsFree {
  private detector: TakeDetector;
  private scheduler: CueScheduler;
  private armed = false;
  private walkerChosen = false;
  /** The take running was started by the detector (it also stops it). */
  private ownTake = false;
  /** Why the take running is being stopped, for the "stopped" cue. */
  private endReason: TakeEnd = 'by-hand';
  /** The detector's wishes for its take, applied once the take records (its session may take a while). */
  private still = false;
  private stopWanted = false;
  /** The take is paused at the detector's wish. */
  private paused = false;
  private lastPhase: RecorderState['phase'] = 'idle';
  private lastCountdown: number | null = null;
  private status: HandsFreeStatus = 'off';
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly recorder: TakeRecorder,
    private readonly coach: CueSpeaker,
    private settings: Settings,
    /** What a step's knee past the toes must reach for a chime. */
    private kneeTarget: KneeTarget,
    /** Where the detector's events and the recorder's phases are written down (tests read them). */
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.detector = createTakeDetector({ stopAfterStill_s: settings.stopAfterStillS });
    this.scheduler = this.newScheduler();
    this.unsubscribe = recorder.subscribe(() => this.onRecorderChange());
  }

  configure(settings: Settings, kneeTarget: KneeTarget): void {
    const delayChanged = settings.stopAfterStillS !== this.settings.stopAfterStillS;
    const cuesChanged = settings.coaching !== this.settings.coaching || !sameTarget(kneeTarget, this.kneeTarget);
    this.settings = settings;
    this.kneeTarget = kneeTarget;
    this.coach.configure(settings.coaching);
    this.recorder.setCountdownSeconds(settings.countdownSeconds);
    if (delayChanged && !this.ownTake)
      this.detector = createTakeDetector({ stopAfterStill_s: settings.stopAfterStillS });
    if (cuesChanged && this.recorder.getState().phase === 'idle') this.scheduler = this.newScheduler();
    this.setArmed(settings.handsFree);
  }

  getStatus = (): HandsFreeStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The user clicked a person: with two in view, that one is the walker. */
  chooseWalker(): void {
    this.walkerChosen = true;
  }

  /** Tells the user about a take that ended because the camera was lost. */
  cameraLost(): void {
    this.endReason = 'camera-lost';
  }

  dispose(): void {
    this.unsubscribe();
  }

  onFrame(frame: HandsFreeFrame): void {
    const t_s = frame.frameTime / 1000;
    const phase = this.recorder.getState().phase;
    const cues: Cue[] = [];
    if (this.armed && (phase === 'idle' || this.ownTake)) {
      const update = this.detector.update({
        t_s,
        keypoints: frame.keypoints,
        image: frame.image,
        people: frame.people,
        walkerChosen: this.walkerChosen,
      });
      for (const event of update.events) {
        this.log(`${t_s.toFixed(2)} ${event.type}${event.type === 'stop' ? ` ${event.reason}` : ''}`);
        if (event.type === 'start') this.ownTake = this.recorder.startNow();
        else if (event.type === 'still') this.still = true;
        else if (event.type === 'moving') this.still = false;
        else if (event.type === 'stop' && this.ownTake) {
          this.endReason = event.reason;
          this.stopWanted = true;
        }
      }
      if (update.events.length > 0) this.applyToTake();
      this.setStatus(update.status);
    }
    if (this.armed || phase !== 'idle') {
      const { readout } = frame;
      cues.push(
        ...this.scheduler.update({
          t_s,
          keypoints: frame.keypoints,
          image: frame.image,
          direction: readout.direction,
          kneePastToe: kneePastToeIn(this.kneeTarget, readout),
        }),
      );
    }
    this.coach.say(cues);
  }

  /** One scheduler per outing: the minutes walked backward add up over its takes. */
  private newScheduler(): CueScheduler {
    const { coaching } = this.settings;
    return createCueScheduler({
      enabled: new Set(coaching.cues),
      stepCountEvery: coaching.stepCountEvery,
      kneePastToeTarget: this.kneeTarget.value,
    });
  }

  private applyToTake(): void {
    if (!this.ownTake || this.recorder.getState().phase !== 'recording') return;
    if (this.stopWanted) this.recorder.stop();
    else if (this.still) this.recorder.pause();
    else if (this.paused) this.recorder.resume();
    this.paused = this.still;
  }

  private setArmed(armed: boolean): void {
    if (armed === this.armed) return;
    this.armed = armed;
    this.walkerChosen = false;
    this.detector.reset();
    if (armed) this.coach.announceAudioState();
    if (!armed && this.ownTake) this.recorder.resume(); // a take running goes on by hand
    this.ownTake = false;
    this.still = false;
    this.stopWanted = false;
    this.setStatus(armed ? 'no-walker' : 'off');
  }

  private setStatus(status: HandsFreeStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  private onRecorderChange(): void {
    const state = this.recorder.getState();
    const previous = this.lastPhase;
    this.lastPhase = state.phase;
    const now = performance.now() / 1000;
    if (state.phase !== previous) this.log(`${now.toFixed(2)} ${state.phase}`);
    const cues: Cue[] = [];
    if (state.phase === 'countdown' && state.remaining !== this.lastCountdown) {
      this.lastCountdown = state.remaining;
      this.coach.announceAudioState();
      cues.push(...this.scheduler.countdown(now, state.remaining));
    }
    if (state.phase !== previous) {
      if (previous === 'countdown' && state.phase === 'starting') cues.push(...this.scheduler.countdown(now, 0));
      if (state.phase === 'recording') {
        cues.push(...this.scheduler.takeStarted(now));
        if (!this.ownTake) this.detector.reset(); // a take by hand: R or the button stops it
      }
      if (state.phase === 'stopping') cues.push(...this.scheduler.takeStopped(now, this.endReason));
      if (state.phase === 'idle') {
        if (this.ownTake || previous === 'stopping') this.detector.reset();
        this.ownTake = false;
        this.still = false;
        this.stopWanted = false;
        this.paused = false;
        this.endReason = 'by-hand';
        this.lastCountdown = null;
      }
    }
    this.coach.say(cues);
    // what the detector asked for while the take's session was being created
    if (state.phase === 'recording' && previous !== 'recording') this.applyToTake();
  }
}
