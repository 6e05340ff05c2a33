/**
 * A camera picture with someone in it, to time the backends on: their keypoints are compared there
 * (on the drawn test picture the model is confident of no one, so there is nothing to compare). The
 * live screen offers its drawn frames; the first with a confident pose is kept, one for the app's life.
 */

/** A pose this sure has most of its keypoints confident: enough to judge the backends by. */
const CONFIDENT_POSE_SCORE = 0.5;

let kept: ImageBitmap | null = null;
const waiting = new Set<(picture: ImageBitmap | null) => void>();

/** Offers a drawn frame and its pose's score; true when the frame is kept (it is then not the caller's to close). */
export function offerMeasurementPicture(frame: ImageBitmap, poseScore: number | null): boolean {
  if (kept || poseScore === null || poseScore < CONFIDENT_POSE_SCORE) return false;
  kept = frame;
  for (const take of waiting) take(frame);
  return true;
}

/** The kept picture (the caller must not close it), waiting up to `timeoutMs` for one; null when none came. */
export function measurementPicture(timeoutMs: number): Promise<ImageBitmap | null> {
  if (kept) return Promise.resolve(kept);
  return new Promise((resolve) => {
    const take = (picture: ImageBitmap | null): void => {
      clearTimeout(timer);
      waiting.delete(take);
      resolve(picture);
    };
    const timer = setTimeout(() => take(null), timeoutMs);
    waiting.add(take);
  });
}
