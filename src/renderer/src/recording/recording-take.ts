import type { ModelName, RetrowalkApi, SessionSummary } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import { FrameBatcher, type StoredFrame } from './frame-batcher';
import { OrderedSender } from './ordered-sender';
import { PausedSpans } from './paused-spans';

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

  private constructor(
    private readonly setup: TakeSetup,
    readonly sessionId: number,
    readonly startedAt: number,
  ) {
    const { api, onSaveError } = setup;
    this.pauses = new PausedSpans(startedAt);
    this.frameSender = new OrderedSender(
      (frames) => api['sessions.appendFrames']({ id: sessionId, frames }),
      onSaveError,
    );
    this.batcher = new FrameBatcher(this.frameSender);
    const mimeType = pickMimeType();
    this.chunkSender = new OrderedSender(async (blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      await api['video.appendChunk']({ id: sessionId, seq: this.chunkSeq, mimeType, bytes });
      this.chunkSeq += 1;
    }, onSaveError);

    this.recorder = new MediaRecorder(setup.stream, mimeType ? { mimeType } : undefined);
    this.recorderStopped = new Promise((resolve) =>
      this.recorder.addEventListener('stop', () => resolve(), { once: true }),
    );
    this.recorder.addEventListener('dataavailable', (e) => {
      if (e.data.size > 0) this.chunkSender.push(e.data);
    });
    this.recorder.start(VIDEO_TIMESLICE_MS);
    this.batchTimer = setInterval(() => this.batcher.cut(), FRAME_BATCH_MS);
  }

  static async start(setup: TakeSetup): Promise<RecordingTake> {
    const { width, height, fps } = setup.video;
    const { id } = await setup.api['sessions.create']({
      personId: setup.personId ?? undefined,
      startedAt: new Date().toISOString(),
      model: setup.model,
      width,
      height,
      fps,
    });
    return new RecordingTake(setup, id, performance.now());
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

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
