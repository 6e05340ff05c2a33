/** One keypoint as [x px, y px, score 0..1]. */
export type Keypoint = readonly [x: number, y: number, score: number];

/** One analysed video frame: time in ms since the start of the session and 17 COCO keypoints. */
export interface PoseFrame {
  t: number;
  /** 17 keypoints in COCO order, or null when no person was found in this frame. */
  keypoints: Keypoint[] | null;
}

/** The keypoints file format read and written by `npm run analyze`. */
export interface KeypointsFile {
  fps: number;
  width: number;
  height: number;
  frames: PoseFrame[];
}
