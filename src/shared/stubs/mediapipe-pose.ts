// Stand-in for @mediapipe/pose: pose-detection imports it only for BlazePose on MediaPipe, which
// Retrowalk never creates. Any use fails loudly instead of silently doing nothing.
export class Pose {
  constructor() {
    throw new Error('@mediapipe/pose is not bundled in Retrowalk; use MoveNet.');
  }
}
export const VERSION = 'stub';
