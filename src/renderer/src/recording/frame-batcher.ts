import type { ApiRequest } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import type { OrderedSender } from './ordered-sender';

export type StoredFrame = ApiRequest<'sessions.appendFrames'>['frames'][number];

/** The API accepts at most this many frames per batch. */
export const MAX_FRAMES_PER_BATCH = 600;

/**
 * Collects the keypoints of each recorded frame and hands them to the sender in batches: `cut()` is
 * called about once a second while recording, so a crash loses at most the last second.
 */
export class FrameBatcher {
  private buffer: StoredFrame[] = [];

  constructor(private readonly sender: OrderedSender<StoredFrame[]>) {}

  add(t: number, keypoints: readonly Keypoint[] | null): StoredFrame {
    const frame: StoredFrame = { t: round(t, 1), keypoints: keypoints ? keypoints.map(compact) : null };
    this.buffer.push(frame);
    if (this.buffer.length >= MAX_FRAMES_PER_BATCH) this.cut();
    return frame;
  }

  /** Hands the frames collected since the last cut to the sender as one batch. */
  cut(): void {
    if (this.buffer.length === 0) return;
    this.sender.push(this.buffer);
    this.buffer = [];
  }
}

// Sub-pixel and 0.001-score precision is all MoveNet offers; rounding keeps each stored frame small.
function compact([x, y, score]: Keypoint): [number, number, number] {
  return [round(x, 1), round(y, 1), round(score, 3)];
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
