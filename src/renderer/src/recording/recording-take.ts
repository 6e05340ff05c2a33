import type { ModelName, RetrowalkApi, SessionSummary } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import { FrameBatcher, type StoredFrame } from './frame-batcher';
import { OrderedSender } from './ordered-sender';
import { PausedSpans } from './paused-spans';
import { AnalysedFramesVideo, canEncodeAnalysedFrames } from './analysed-frames-video';
import { CameraVideo } from './camera-video';
import type { TakeVideo } from './take-video';
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

/** Keypoints (and the video, where it is cut here) are saved about once a second, so a crash loses at most that much. */
const SAVE_EVERY_MS = 1000;

/** A video started before its session existed, with what it recorded meanwhile. */
interface StartedVideo {
  video: TakeVideo;
  earlyChunks: Blob[];
  /** performance.now() when the video started. */
  startedAt: number;
}

/**
 * One recording: a session row, its WebM file and its keypoints, all streamed while recording. The
 * video is of the analysed frames themselves (WebCodecs), or where that is missing, MediaRecorder's.
 */
export class RecordingTake {
  private readonly batcher: FrameBatcher;
  private readonly frameSender: OrderedSender<StoredFrame[]>;
  private readonly chunkSender: OrderedSender<Blob>;
  private readonly video: TakeVideo;
  private readonly saveTimer: ReturnType<typeof setInterval>;
  private readonly pauses: PausedSpans;
  private chunkSeq = 0;
  readonly startedAt: number;

  private constructor(
    private readonly setup: TakeSetup,
    readonly sessionId: number,
    started: StartedVideo,
    onChunk: { deliver: (chunk: Blob) => void },
  ) {
    const { video, earlyChunks, startedAt } = started;
    this.startedAt = startedAt;
    this.video = video;
    const { api, onSaveError } = setup;
    this.pauses = new PausedSpans(startedAt);
    this.frameSender = new OrderedSender(
      (frames) => api['sessions.appendFrames']({ id: sessionId, frames }),
      onSaveError,
    );
    this.batcher = new FrameBatcher(this.frameSender);
    this.chunkSender = new OrderedSender(async (blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      await api['video.appendChunk']({ id: sessionId, seq: this.chunkSeq, mimeType: video.mimeType, bytes });
      this.chunkSeq += 1;
    }, onSaveError);

    for (const chunk of earlyChunks) this.chunkSender.push(chunk);
    onChunk.deliver = (chunk) => this.chunkSender.push(chunk);
    this.saveTimer = setInterval(() => {
      this.batcher.cut();
      this.video.cut();
    }, SAVE_EVERY_MS);
  }

  /**
   * Starts the video at once and creates the session meanwhile: the take begins when it is asked
   * for (a hands-free start is already late by the detection), not a server round trip later. The
   * video's first chunks wait for the session; keypoints are stored from the take's creation on, at
   * their time since the video's start, so both keep one clock.
   */
  static async start(setup: TakeSetup): Promise<RecordingTake> {
    const { width, height, fps } = setup.video;
    const earlyChunks: Blob[] = [];
    const onChunk = { deliver: (chunk: Blob) => void earlyChunks.push(chunk) };
    const sink = { onChunk: (chunk: Blob) => onChunk.deliver(chunk), onError: setup.onSaveError };
    const video = canEncodeAnalysedFrames() ? new AnalysedFramesVideo(sink) : new CameraVideo(setup.stream, sink);
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
      await video.stop().catch(() => undefined); // the session's error is the one to report
      throw e;
    }
    return new RecordingTake(setup, id, { video, earlyChunks, startedAt }, onChunk);
  }

  /**
   * Adds the tracked pose of one video frame (performance.now() clock) and the picture it was
   * computed from (the caller's to close); false: before the start or paused, ignored.
   */
  addFrame(frameTime: number, keypoints: readonly Keypoint[] | null, picture: ImageBitmap): boolean {
    const t = this.pauses.storedTime(frameTime);
    if (t === null) return false;
    // saved about once a second and analysed by main from what was saved: nothing kept here
    const stored = this.batcher.add(t, keypoints);
    // the walk's analysis needs every pose; a picture the busy encoder cannot take is left out
    if (!this.video.busy) this.video.addPicture(picture, stored.t);
    return true;
  }

  /** Resolves once the take's video can take the next picture without falling behind. */
  ready(): Promise<void> {
    return this.video.ready();
  }

  /** Leaves what follows out of the video and the keypoints (hands-free: the walker stands still). */
  pause(): void {
    if (this.pauses.paused) return;
    this.video.pause();
    this.pauses.pause(performance.now());
  }

  /** Records again after a pause (the walker walks on). */
  resume(): void {
    if (!this.pauses.paused) return;
    this.video.resume();
    this.pauses.resume(performance.now());
  }

  /** Stops recording, saves what is left and closes the session (main analyses the walk). */
  async stop(): Promise<TakeResult> {
    const durationMs = this.pauses.storedDuration(performance.now());
    clearInterval(this.saveTimer);
    this.batcher.cut();

    const unsaved: string[] = [];
    let saveError: string | null = null;
    const notSaved =
      (what: string) =>
      (e: unknown): void => {
        unsaved.push(what);
        saveError ??= messageOf(e);
      };
    await this.video.stop().catch(notSaved('the end of the video'));
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
