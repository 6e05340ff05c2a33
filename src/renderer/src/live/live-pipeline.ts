import type { LiveGaitTracker, LiveReadout } from '../../../shared/gait/types';
import { checkFraming, type FramingCheck } from '../../../shared/hands-free/framing';
import { offerMeasurementPicture } from '../pose/measurement-picture';
import type { EngineFrameResult, PoseEngine } from '../pose/types';
import type { RecordingController } from '../recording/recording-controller';
import { HISTORY_FRAMES, resetDebug, type RetrowalkDebug } from './debug';
import { drawOverlay } from './draw-overlay';
import type { HandsFreeFrame } from './hands-free';
import { PipelineStats } from './pipeline-stats';
import { WarningHold } from './warning-hold';
import { messageOf } from '../api/errors';

/** What the live screen's React part shows; published a few times a second, not every frame. */
export interface LiveView {
  readout: LiveReadout | null;
  warnings: EngineFrameResult['warnings'];
  people: number;
  /** A walker's pose is tracked in the latest frame. */
  tracked: boolean;
  /** Is the picture right, from the latest frame (null: no frame yet). */
  framing: FramingCheck | null;
  /** performance.now() ms when this view was published. */
  publishedAt: number;
  fps: number | null;
  latencyMs: number | null;
  error: string | null;
}

const PUBLISH_EVERY_MS = 150;

/**
 * The per-frame path: the pose worker reads the camera's frames itself and hands back each one's
 * picture with its pose → live gait tracker → overlay, and the recorder. Kept free of React so
 * each frame costs the UI thread only what it must.
 */
export class LivePipeline {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly stats = new PipelineStats();
  private readonly warningHold = new WarningHold();
  private shownWarnings: LiveView['warnings'] = [];
  private readonly debug: RetrowalkDebug = resetDebug();
  private readonly stopFrames: () => void;
  private lastDrawnFrame = -Infinity;
  private lastPublished = 0;
  private lastResult: EngineFrameResult | null = null;
  private lastReadout: LiveReadout | null = null;
  private lastImage = { width: 0, height: 0 };
  private error: string | null = null;

  constructor(
    /** The camera's picture, shown until the overlay draws its own frames (then paused: not composited for nothing). */
    private readonly video: HTMLVideoElement,
    camera: MediaStreamTrack,
    canvas: HTMLCanvasElement,
    private readonly engine: PoseEngine,
    private readonly tracker: LiveGaitTracker,
    private readonly recorder: RecordingController,
    private readonly publish: (view: LiveView) => void,
    /** Each tracked frame, after the recorder has it: hands-free takes and coaching. */
    private readonly onTracked: (frame: HandsFreeFrame) => void = () => undefined,
  ) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    this.ctx = ctx;
    this.stopFrames = engine.follow(
      camera,
      (result) => this.onResult(result),
      (e) => this.onError(e),
    );
  }

  stop(): void {
    this.stopFrames();
    this.showVideo();
  }

  /** The user clicked the overlay at image pixels (x, y): track the person there. */
  selectPersonAt(x: number, y: number): void {
    this.engine.selectPersonAt(x, y);
  }

  private onError(e: Error): void {
    // the live video shows again rather than a frozen frame
    this.showVideo();
    this.error = `Pose tracking failed: ${messageOf(e)}`;
    this.publishView(performance.now(), true);
  }

  private showVideo(): void {
    this.ctx.clearRect(0, 0, this.ctx.canvas.width, this.ctx.canvas.height);
    if (this.video.paused) this.video.play().catch(() => undefined);
  }

  /** Resolves when the next frame may be tracked: a recording's video has room for its picture. */
  private onResult(result: EngineFrameResult): Promise<void> | undefined {
    const { frame } = result;
    const { width, height } = frame;
    if (result.frameTime <= this.lastDrawnFrame) {
      frame.close(); // an older frame finished late
      return undefined;
    }
    this.lastDrawnFrame = result.frameTime;
    const canvas = this.ctx.canvas;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const keypoints = result.pose?.keypoints ?? null;
    const readout = this.tracker.update({ t: result.frameTime, keypoints }, { width, height });
    // the pose over the very picture it was computed from, which covers the live video: never trailing
    drawOverlay(this.ctx, frame, result.pose, result.people, readout);
    if (!this.video.paused) this.video.pause();
    // recorded as this very picture, so the stored video's frame is the one its keypoints came from
    const recorded = this.recorder.addFrame(result.frameTime, keypoints, frame);
    if (!offerMeasurementPicture(frame, result.pose?.score ?? null)) frame.close();
    this.onTracked({
      frameTime: result.frameTime,
      keypoints,
      image: { width, height },
      people: result.people.length,
      readout,
    });

    const now = performance.now();
    this.stats.record(result.frameTime, now);
    this.lastResult = result;
    this.lastReadout = readout;
    this.lastImage = { width, height };
    this.shownWarnings = this.warningHold.update(now, result.warnings);
    this.error = null;
    const debug = this.debug;
    debug.lastPose = keypoints;
    debug.frames += 1;
    if (recorded) debug.framesRecorded += 1;
    debug.history.push({ t: result.frameTime, keypoints });
    if (debug.history.length > HISTORY_FRAMES) debug.history.shift();
    debug.warnings = result.warnings;
    debug.people = result.people;
    debug.videoSize = { width, height };
    this.publishView(now, false);
    return recorded ? this.recorder.ready() : undefined;
  }

  private publishView(now: number, force: boolean): void {
    if (!force && now - this.lastPublished < PUBLISH_EVERY_MS) return;
    this.lastPublished = now;
    const fps = this.stats.fps(now);
    const latencyMs = this.stats.medianLatencyMs();
    this.debug.fps = fps;
    this.debug.latencyMs = latencyMs;
    const result = this.lastResult;
    this.publish({
      readout: this.lastReadout,
      warnings: this.shownWarnings,
      people: result?.people.length ?? 0,
      tracked: !!result?.pose,
      publishedAt: now,
      framing: result
        ? checkFraming({
            keypoints: result.pose?.keypoints ?? null,
            image: this.lastImage,
            severalPeople: result.warnings.includes('several_people'),
          })
        : null,
      fps,
      latencyMs,
      error: this.error,
    });
  }
}
