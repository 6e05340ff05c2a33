/** One worker's scan: MultiPose over part of a video, for choosing and following a person. */
import { FfmpegMissingError } from '../ffmpeg-binaries';
import type { NodePoseModels } from '../movenet';
import { decodeVideo, VideoError } from '../video';
import { roundKeypoint } from '../video-keypoints';
import { CONTROL_CANCEL, progressSlot, type PartResult, type ScanJob, type ScannedFrame } from './part-job';

export async function scanPart(job: ScanJob, models: () => Promise<NodePoseModels>): Promise<PartResult> {
  const control = new Int32Array(job.control);
  const slot = progressSlot(job.part.index);
  const halfFrame = 500 / job.info.fps;
  const wanted = (t: number, n: number) =>
    n % job.every === 0 || (job.alsoAtMs ?? []).some((at) => Math.abs(at - t) < halfFrame);
  try {
    const multi = await models();
    const frames: ScannedFrame[] = [];
    let width = 0,
      height = 0,
      n = 0;
    for await (const frame of decodeVideo(job.path, job.info, {
      startS: job.part.decodeFromMs / 1000,
      maxWidth: job.maxWidth,
    })) {
      if (Atomics.load(control, CONTROL_CANCEL) !== 0) return { type: 'cancelled' };
      if (frame.t >= job.part.endMs) break;
      if (frame.t < job.part.ownFromMs) continue;
      ({ width, height } = frame);
      if (wanted(frame.t, n)) {
        const people = await multi.detectAll(frame);
        frames.push({ t: Math.round(frame.t * 100) / 100, people: people.map((p) => p.keypoints.map(roundKeypoint)) });
      }
      n++;
      Atomics.store(control, slot, n);
    }
    return { type: 'scanned', frames, width, height };
  } catch (err) {
    const badInput = err instanceof VideoError || err instanceof FfmpegMissingError;
    return { type: 'error', message: err instanceof Error ? err.message : String(err), badInput };
  }
}
