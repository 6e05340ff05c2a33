/**
 * Compact binary form of a batch of pose frames, stored as one BLOB per batch:
 *   Float64 t × n | Float32 (x, y, score) × 17 × (frames with a person) | Uint8 hasPerson × n
 * Timestamps stay exact (Float64); keypoints keep Float32 precision; a frame without a person
 * costs 9 bytes and comes back as `keypoints: null`.
 */
import { KEYPOINT_COUNT } from '../../shared/pose/keypoints';

const VALUES_PER_FRAME = KEYPOINT_COUNT * 3;

export interface FrameInput {
  t: number;
  keypoints: ReadonlyArray<readonly [number, number, number]> | null;
}

export interface StoredFrame {
  t: number;
  keypoints: [number, number, number][] | null;
}

export function encodeFrames(frames: readonly FrameInput[]): Buffer {
  const n = frames.length;
  const present = frames.reduce((sum, f) => sum + (f.keypoints ? 1 : 0), 0);
  const pointsOffset = 8 * n;
  const maskOffset = pointsOffset + 4 * VALUES_PER_FRAME * present;
  const buf = Buffer.alloc(maskOffset + n);
  const times = new Float64Array(buf.buffer, buf.byteOffset, n);
  const points = new Float32Array(buf.buffer, buf.byteOffset + pointsOffset, VALUES_PER_FRAME * present);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const { t, keypoints } = frames[i];
    times[i] = t;
    if (!keypoints) continue;
    buf[maskOffset + i] = 1;
    for (let k = 0; k < KEYPOINT_COUNT; k++) {
      const kp = keypoints[k];
      points[p++] = kp[0];
      points[p++] = kp[1];
      points[p++] = kp[2];
    }
  }
  return buf;
}

/** Appends the batch's frames to `out` (one array for a whole session, no intermediate copies). */
export function decodeFramesInto(out: StoredFrame[], blob: Buffer, frameCount: number): StoredFrame[] {
  // Typed-array views need aligned offsets; SQLite's buffers usually are, copy when not.
  const buf = blob.byteOffset % 8 === 0 ? blob : Buffer.from(blob);
  const n = frameCount;
  const maskOffset = buf.byteLength - n;
  const present = (maskOffset - 8 * n) / (4 * VALUES_PER_FRAME);
  if (!Number.isInteger(present) || present < 0) {
    throw new Error(`frame batch of ${buf.byteLength} bytes does not hold ${n} frames`);
  }
  const times = new Float64Array(buf.buffer, buf.byteOffset, n);
  const points = new Float32Array(buf.buffer, buf.byteOffset + 8 * n, VALUES_PER_FRAME * present);
  let p = 0;
  for (let i = 0; i < n; i++) {
    if (buf[maskOffset + i] === 0) {
      out.push({ t: times[i], keypoints: null });
      continue;
    }
    const keypoints = new Array<[number, number, number]>(KEYPOINT_COUNT);
    for (let k = 0; k < KEYPOINT_COUNT; k++, p += 3) keypoints[k] = [points[p], points[p + 1], points[p + 2]];
    out.push({ t: times[i], keypoints });
  }
  return out;
}
