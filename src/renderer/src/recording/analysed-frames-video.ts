import { AppendOnlyStreamTarget, EncodedPacket, EncodedVideoPacketSource, Output, WebMOutputFormat } from 'mediabunny';
import type { TakeVideo, TakeVideoSink } from './take-video';

/** VP8: on a 2-core machine VP9 encoding competes with the pose model for the CPU. */
const CODEC = 'vp8';
/** MediaRecorder's default in Chromium, so a take's file stays the size it was. */
const BITRATE = 2_500_000;
/** A key frame (and a new WebM cluster) every second: replay seeks quickly, a cut-off file plays to its end. */
const KEY_FRAME_EVERY_US = 1_000_000;
/**
 * Pictures waiting for the encoder before it counts as behind. On a loaded 2-core machine its
 * thread is starved by the pose workers (measured at load average 15: ~4 pictures a second against
 * 10 drawn); 8 bounds the memory held and the wait at stop to ~2 s, which a hands-free take needs
 * (saving before the walker walks again). Measured with 30: stops took 3–8 s and hands-free missed
 * the next walk; with 8, a third of the pictures were left out at load average 28.
 */
const MAX_QUEUED_PICTURES = 8;
/**
 * Pictures waiting for the encoder at which the next frame's tracking waits for it (ready()). The
 * pose worker would otherwise take the CPU the encoder's thread needs (at load average 2 with one
 * busy loop, 59 of 203 pictures were left out); one in hand and one queued keeps it fed.
 */
const READY_BELOW_QUEUED_PICTURES = 2;
/**
 * The longest the tracking waits for the encoder (ms): an encoder that stops taking pictures must
 * not freeze the live view; past this the next picture is left out once 8 are queued (`busy`).
 */
const READY_WAIT_MAX_MS = 1000;

/** Whether this browser can encode the analysed frames themselves (else the camera is filmed by MediaRecorder). */
export function canEncodeAnalysedFrames(): boolean {
  return typeof VideoEncoder === 'function' && typeof VideoFrame === 'function';
}

/**
 * The video of exactly the analysed frames: each stored frame's picture (the one its pose was
 * computed from) is encoded by WebCodecs at the frame's stored time and muxed into WebM by
 * mediabunny as it comes, so video frame k and keypoint frame k are one picture at one time.
 */
export class AnalysedFramesVideo implements TakeVideo {
  readonly mimeType = `video/webm;codecs=${CODEC}`;
  private readonly output: Output;
  private readonly source = new EncodedVideoPacketSource(CODEC);
  private encoder: VideoEncoder | null = null;
  private lastKeyFrameUs = -Infinity;
  /** Muxing, one packet after another (the source takes them in order). */
  private muxing: Promise<unknown>;
  private written: Uint8Array[] = [];
  private failed = false;
  /** Those waiting in ready(), released when the video stops or fails whatever the queue. */
  private readonly waiters = new Set<() => void>();

  constructor(private readonly sink: TakeVideoSink) {
    const writable = new WritableStream<Uint8Array>({ write: (bytes) => void this.written.push(bytes) });
    // append-only: the file is streamed as it grows, never rewritten (no duration or cues at the end)
    this.output = new Output({
      format: new WebMOutputFormat({ appendOnly: true }),
      target: new AppendOnlyStreamTarget(writable),
    });
    this.output.addVideoTrack(this.source);
    this.muxing = this.output.start();
    this.muxing.catch(this.fail);
  }

  get busy(): boolean {
    return (this.encoder?.encodeQueueSize ?? 0) >= MAX_QUEUED_PICTURES;
  }

  ready(): Promise<void> {
    const encoder = this.encoder;
    if (!encoder || this.failed || encoder.state === 'closed') return Promise.resolve();
    if (encoder.encodeQueueSize < READY_BELOW_QUEUED_PICTURES) return Promise.resolve();
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.failed || encoder.state === 'closed' || encoder.encodeQueueSize < READY_BELOW_QUEUED_PICTURES) done();
      };
      const done = (): void => {
        clearTimeout(timer);
        encoder.removeEventListener('dequeue', check);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, READY_WAIT_MAX_MS);
      this.waiters.add(done);
      encoder.addEventListener('dequeue', check);
    });
  }

  addPicture(picture: ImageBitmap, storedMs: number): void {
    if (this.failed) return;
    const encoder = (this.encoder ??= this.createEncoder(picture.width, picture.height));
    const timestamp = Math.round(storedMs * 1000);
    const keyFrame = timestamp - this.lastKeyFrameUs >= KEY_FRAME_EVERY_US;
    if (keyFrame) this.lastKeyFrameUs = timestamp;
    const frame = new VideoFrame(picture, { timestamp });
    try {
      encoder.encode(frame, { keyFrame });
    } catch (e) {
      this.fail(e);
    } finally {
      frame.close();
    }
  }

  pause(): void {
    // a paused take's frames are not stored, so their pictures never come
  }

  resume(): void {}

  cut(): void {
    if (this.written.length === 0) return;
    this.sink.onChunk(new Blob(this.written as BlobPart[]));
    this.written = [];
  }

  async stop(): Promise<void> {
    this.releaseWaiters();
    if (this.encoder && !this.failed) {
      await this.encoder.flush();
      this.encoder.close();
      await this.muxing;
      await this.output.finalize();
    } else {
      this.encoder?.close();
      await this.output.cancel();
    }
    this.cut();
  }

  private createEncoder(width: number, height: number): VideoEncoder {
    const encoder = new VideoEncoder({
      output: (chunk, meta) => {
        this.muxing = this.muxing.then(() => this.source.add(EncodedPacket.fromEncodedChunk(chunk), meta));
        this.muxing.catch(this.fail);
      },
      error: this.fail,
    });
    encoder.configure({ codec: CODEC, width, height, bitrate: BITRATE, latencyMode: 'realtime' });
    return encoder;
  }

  private releaseWaiters(): void {
    for (const release of this.waiters) release();
    this.waiters.clear();
  }

  private readonly fail = (error: unknown): void => {
    if (this.failed) return;
    this.failed = true;
    this.releaseWaiters();
    this.sink.onError(error);
  };
}
