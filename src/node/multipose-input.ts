/**
 * MultiPose's input made straight from the decoded RGB bytes: the frame resized so its longer side
 * is the detector's 256 px, as the detector's own resizeBilinear computes it (float32, corners not
 * aligned) and cast to int32. Handing the detector a full 640×480 int32 tensor instead copied ~3.7
 * MB into the backend and resized it there: about a quarter of each scan's time.
 */
import type { RgbImage } from './square-crop';

/** pose-detection's MOVENET_MULTIPOSE_DEFAULT_MAX_DIMENSION: the longer side MultiPose sees. */
export const MULTIPOSE_MAX_DIMENSION = 256;

export interface ResizedImage {
  width: number;
  height: number;
  /** width × height × 3 int32 values, RGB. */
  rgb: Int32Array;
}

/** The detector's resized size: the longer side at `maxDimension` (a square counts as tall). */
export function multiPoseSize(width: number, height: number, maxDimension = MULTIPOSE_MAX_DIMENSION) {
  return width > height
    ? { width: maxDimension, height: Math.round((maxDimension * height) / width) }
    : { width: Math.round((maxDimension * width) / height), height: maxDimension };
}

/** Where each output column (or row) samples the input: tfjs's resizeBilinear in float32. */
function taps(from: number, to: number): { near: Int32Array; far: Int32Array; weight: Float32Array } {
  const near = new Int32Array(to);
  const far = new Int32Array(to);
  const weight = new Float32Array(to);
  const scale = Math.fround(from / to);
  for (let i = 0; i < to; i++) {
    const at = Math.fround(scale * i);
    near[i] = Math.floor(at);
    far[i] = Math.min(from - 1, Math.ceil(at));
    weight[i] = Math.fround(at - near[i]);
  }
  return { near, far, weight };
}

const f32 = Math.fround;

export function resizeForMultiPose(image: RgbImage, maxDimension = MULTIPOSE_MAX_DIMENSION): ResizedImage {
  const { width: inWidth, height: inHeight, rgb } = image;
  const { width, height } = multiPoseSize(inWidth, inHeight, maxDimension);
  const cols = taps(inWidth, width);
  const rows = taps(inHeight, height);
  const out = new Int32Array(width * height * 3);
  let o = 0;
  for (let i = 0; i < height; i++) {
    const top = rows.near[i] * inWidth * 3;
    const bottom = rows.far[i] * inWidth * 3;
    const wy = rows.weight[i];
    for (let j = 0; j < width; j++) {
      const left = cols.near[j] * 3;
      const right = cols.far[j] * 3;
      const wx = cols.weight[j];
      for (let k = 0; k < 3; k++, o++) {
        const tl = rgb[top + left + k];
        const tr = rgb[top + right + k];
        const bl = rgb[bottom + left + k];
        const br = rgb[bottom + right + k];
        const upper = f32(tl + f32(f32(tr - tl) * wx));
        const lower = f32(bl + f32(f32(br - bl) * wx));
        out[o] = Math.trunc(f32(upper + f32(f32(lower - upper) * wy)));
      }
    }
  }
  return { width, height, rgb: out };
}
