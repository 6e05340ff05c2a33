import type { ModelName, RetrowalkApi, SessionSummary } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import { FrameBatcher, type StoredFrame } from './frame-batcher';
import { OrderedSender } from './ordered-sender';
import { PausedSpans } from './paused-spans';
import { messageOf } from '../api/errors';

export interface TakeSetup {
  api: RetrowalkApi;
  stream: MediaStream;
  video: { width: number; height: number; fps: number };
  model: ModelName;
  /** Whose walk it is; null: the store's default (the active person, or a new "Me"). */
  personId: number | null;
  heightCm: number | null;
  /** Saving failed while recording (disk full, service gone): the take should be stopped. */
  onSaveError: (error: unknown) => void;
}

export interface TakeResult {
  /** The closed session, null when it could not be closed (it is then listed as interrupted). */
  summary: SessionSummary | null;
  /** What could not be saved, in a few words each; empty when everything was saved. */
  unsaved: string[];
  /** The first saving error's message, null when saving went well. */
  saveError: string | null;
  /** Why the walk could not be analysed, null when it was. */
  analysisError: string | null;
}

/** Keypoints are saved about once a second, so a crash loses at most that much. */
const FRAME_BATCH_MS = 1000;
/** MediaRecorder hands over a WebM chunk every second, appended to the file as it comes. */
const VIDEO_TIMESLICE_MS = 1000;

/** A MediaRecorder started before its session existed, with what it recorded meanwhile. */
interface StartedRecorder {
  recorder: MediaRecorder;
  mimeType: string;
  earlyChunks: Blob[];
  /** performance.now() when the video started. */
  startedAt: number;
  stopped: Promise<void>;
}

/** One recording: a session row, its WebM file and its keypoints, all streamed while recording. */
export class RecordingTake {
  private readonly batcher: FrameBatcher;
  private readonly frameSender: OrderedSender<StoredFrame[]>;
  private readonly chunkSender: OrderedSender<Blob>;
  private readonly recorder: MediaRecorder;
  private readonly recorderStopped: Promise<void>;
  private readonly batchTimer: ReturnType<typeof setInterval>;
  private readonly pauses: PausedSpans;
  private chunkSeq = 0;
  readonly startedAt: number;

  private constructor(
    private readonly setup: TakeSetup,
    readonly sessionId: number,
    started: StartedRecorder,
  ) {
    const { recorder, mimeType, earlyChunks, startedAt } = started;
    this.startedAt = startedAt;
    this.recorder = recorder;
    const { api, onSaveError } = setup;
    this.pauses = new PausedSpans(startedAt);
    this.frameSender = new OrderedSender(
      (frames) => api['sessions.appendFrames']({ id: sessionId, frames }),
      onSaveError,
    );
    this.batcher = new FrameBatcher(this.frameSender);
    this.chunkSender = new OrderedSender(async (blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      await api['video.appendChunk']({ id: sessionId, seq: this.chunkSeq, mimeType, bytes });
      this.chunkSeq += 1;
    }, onSaveError);

    this.recorderStopped = started.stopped;
    for (const chunk of earlyChunks) this.chunkSender.push(chunk);
    this.recorder.addEventListener('dataavailable', (e) => {
      if (e.data.size > 0) this.chunkSender.push(e.data);
    });
    this.batchTimer = setInterval(() => this.batcher.cut(), FRAME_BATCH_MS);
  }

  /**
   * Starts the video at once and creates the session meanwhile: the take begins when it is asked
   * for (a hands-free start is already late by the detection), not a server round trip later. The
   * video's first chunks wait for the session; keypoints are stored from the take's creation on, at
   * their time since the video's start, so both keep one clock.
   */
  static async start(setup: TakeSetup): Promise<RecordingTake> {
    const { width, height, fps } = setup.video;
    const mimeType = pickMimeType();
    const recorder = new MediaRecorder(setup.stream, mimeType ? { mimeType } : undefined);
    const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
    const earlyChunks: Blob[] = [];
    const keepEarly = (e: BlobEvent): void => {
      if (e.data.size > 0) earlyChunks.push(e.data);
    };
    recorder.addEventListener('dataavailable', keepEarly);
    recorder.start(VIDEO_TIMESLICE_MS);
    const startedAt = performance.now();
    let id: number;
    try {
      ({ id } = await setup.api['sessions.create']({
        personId: setup.personId ?? undefined,
        startedAt: new Date().toISOString(),
        model: setup.model,
        width,
        height,
        fps,
      }));
    } catch (e) {
      recorder.stop();
      throw e;
    }
    recorder.removeEventListener('dataavailable', keepEarly);
    return new RecordingTake(setup, id, { recorder, mimeType, earlyChunks, startedAt, stopped });
  }

  /** Adds the tracked pose of one video frame (performance.now() clock); false: before the start or paused, ignored. */
  addFrame(frameTime: number, keypoints: readonly Keypoint[] | null): boolean {
    const t = this.pauses.storedTime(frameTime);
    if (t === null) return false;
    // saved about once a second and analysed by main from what was saved: nothing kept here
    this.batcher.add(t, keypoints);
    return true;
  }

  /** Leaves what follows out of the video and the keypoints (hands-free: the walker stands still). */
  pause(): void {
    if (this.pauses.paused || this.recorder.state !== 'recording') return;
    this.recorder.pause();
    this.pauses.pause(performance.now());
  }

  /** Records again after a pause (the walker walks on). */
  resume(): void {
    if (!this.pauses.paused || this.recorder.state !== 'paused') return;
    this.recorder.resume();
    this.pauses.resume(performance.now());
  }

  /** Stops recording, saves what is left and closes the session (main analyses the walk). */
  async stop(): Promise<TakeResult> {
    const durationMs = this.pauses.storedDuration(performance.now());
    clearInterval(this.batchTimer);
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    await this.recorderStopped;
    this.batcher.cut();

    const unsaved: string[] = [];
    let saveError: string | null = null;
    const notSaved =
      (what: string) =>
      (e: unknown): void => {
        unsaved.push(what);
        saveError ??= messageOf(e);
      };
    await this.frameSender.drain().catch(notSaved('the keypoints of the last seconds'));
    await this.chunkSender.drain().catch(notSaved('the end of the video'));

    let summary: SessionSummary | null = null;
    try {
      // main analyses the stored keypoints: the walk's one analysis, shown everywhere
      summary = await this.setup.api['sessions.finish']({ id: this.sessionId, durationMs });
    } catch (e) {
      notSaved('the end of the session')(e);
    }
    const analysisError = summary && summary.analysis == null ? 'no keypoints were saved' : null;
    return { summary, unsaved, saveError, analysisError };
  }
}

// VP8 first: on a 2-core machine VP9 encoding competes with the pose model for the CPU.
function pickMimeType(): string {
  const candidates = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'];
  return candidates.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}
