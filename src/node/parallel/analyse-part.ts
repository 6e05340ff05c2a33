/** One worker's job: MoveNet and its own walker tracker over one part of the video. */
import { createGuidedTracker, createWalkerTracker, priorLookup } from '../../shared/tracking';
import { FfmpegMissingError } from '../ffmpeg-binaries';
import type { NodePoseModels } from '../movenet';
import { VideoError } from '../video';
import { AnalysisCancelled, videoToKeypoints } from '../video-keypoints';
import { CONTROL_CANCEL, progressSlot, type PartJob, type PartResult } from './part-job';

/**
 * MultiPose scans once the walker has been alone in 5 scans in a row (the tracker's calm scene),
 * instead of every 0.7 s: a scan costs as much as 3 single-pose frames. Anyone appearing brings
 * back the 0.7-s schedule at the next scan; the park clip's keypoints are identical either way.
 */
export const CALM_SCAN_INTERVAL_MS = 2000;

export async function analysePart(
  job: PartJob,
  modelsFor: (model: PartJob['model']) => Promise<NodePoseModels>,
): Promise<PartResult> {
  const control = new Int32Array(job.control);
  const slot = progressSlot(job.part.index);
  const cancelled = () => Atomics.load(control, CONTROL_CANCEL) !== 0;
  let owned = 0;
  let severalPeopleFrames = 0;
  try {
    const models = await modelsFor(job.model);
    // A prior (the session's stored track, or the person the user chose) decides who is followed.
    let tracker;
    if (job.prior) tracker = createGuidedTracker(models, priorLookup(job.prior));
    else {
      tracker = createWalkerTracker(models, { calmScanIntervalMs: CALM_SCAN_INTERVAL_MS });
      if (job.seed) tracker.selectPersonAt(job.seed[0], job.seed[1]);
    }
    const file = await videoToKeypoints(job.path, job.info, tracker, undefined, {
      decode: { startS: job.part.decodeFromMs / 1000, maxWidth: job.maxWidth },
      endMs: job.part.endMs,
      shouldStop: cancelled,
      onTrack(result, t) {
        if (t < job.part.ownFromMs) return; // warm-up frames are not this part's
        owned++;
        if (result.warnings.includes('several_people')) severalPeopleFrames++;
        Atomics.store(control, slot, owned);
      },
    });
    return { type: 'done', file, severalPeopleFrames };
  } catch (err) {
    if (err instanceof AnalysisCancelled) return { type: 'cancelled' };
    const badInput = err instanceof VideoError || err instanceof FfmpegMissingError;
    return { type: 'error', message: err instanceof Error ? err.message : String(err), badInput };
  }
}
