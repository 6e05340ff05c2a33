import type { TakeVideo, TakeVideoSink } from './take-video';

/** MediaRecorder hands over a WebM chunk every second, appended to the file as it comes. */
const VIDEO_TIMESLICE_MS = 1000;

/**
 * The fallback where WebCodecs' VideoEncoder is missing: MediaRecorder films the camera stream on
 * its own clock, so under load its frames need not be the analysed ones (a stored pose can sit a
 * frame or two off the picture the video shows at its time).
 */
export class CameraVideo implements TakeVideo {
  readonly mimeType: string;
  /** MediaRecorder drops camera frames itself when it is behind. */
  readonly busy = false;
  private readonly recorder: MediaRecorder;
  private readonly stopped: Promise<void>;

  constructor(stream: MediaStream, sink: TakeVideoSink) {
    this.mimeType = pickMimeType();
    this.recorder = new MediaRecorder(stream, this.mimeType ? { mimeType: this.mimeType } : undefined);
    this.stopped = new Promise((resolve) => this.recorder.addEventListener('stop', () => resolve(), { once: true }));
    this.recorder.addEventListener('dataavailable', (e) => {
      if (e.data.size > 0) sink.onChunk(e.data);
    });
    this.recorder.addEventListener('error', (e) => sink.onError(e.error ?? new Error(e.message)));
    this.recorder.start(VIDEO_TIMESLICE_MS);
  }

  addPicture(): void {
    // MediaRecorder films the camera stream itself
  }

  ready(): Promise<void> {
    return Promise.resolve(); // nothing waits on MediaRecorder: it keeps its own pace
  }

  pause(): void {
    if (this.recorder.state === 'recording') this.recorder.pause();
  }

  resume(): void {
    if (this.recorder.state === 'paused') this.recorder.resume();
  }

  cut(): void {
    // MediaRecorder cuts its chunks itself (timeslice)
  }

  async stop(): Promise<void> {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    await this.stopped;
  }
}

// VP8 first: on a 2-core machine VP9 encoding competes with the pose model for the CPU.
function pickMimeType(): string {
  const candidates = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'];
  return candidates.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}
