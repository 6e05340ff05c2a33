/**
 * The single-pose model's input made straight from the decoded RGB bytes: a square region resized
 * to the model's size in plain JavaScript. Building a full-frame tensor and cropping it in tfjs
 * every frame copied ~1 MB into the backend and ran two resizes for 110 KB of input.
 */

/** A decoded frame: width × height × 3 bytes, RGB (src/node/video's VideoFrame is one). */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** A square in image pixels; parts outside the image read as black, as MoveNet's own cropping does. */
export interface Square {
  left: number;
  top: number;
  side: number;
}

/** Where each output column (or row) samples the image, as tf.image.cropAndResize computes it. */
interface Taps {
  /** -1 where the sample falls outside the image (the whole column or row is black). */
  near: Int32Array;
  far: Int32Array;
  weight: Float64Array;
}

function taps(start: number, side: number, size: number, limit: number): Taps {
  const near = new Int32Array(size);
  const far = new Int32Array(size);
  const weight = new Float64Array(size);
  const step = size > 1 ? side / (size - 1) : 0;
  for (let i = 0; i < size; i++) {
    const at = start + i * step;
    if (at < 0 || at > limit - 1) {
      near[i] = -1;
      continue;
    }
    near[i] = Math.floor(at);
    far[i] = Math.ceil(at);
    weight[i] = at - near[i];
  }
  return { near, far, weight };
}

/**
 * `square` resized to size × size, bilinear, as int32 RGB (MoveNet's input type). Matches
 * tf.image.cropAndResize with the box normalised by (width − 1, height − 1) followed by a cast to
 * int32 (truncation), which is what the detector did before. Writes into `out` when given (a
 * caller cropping every frame reuses one buffer instead of leaving ~440 KB a frame to the GC).
 */
export function cropSquare(
  image: RgbImage,
  square: Square,
  size: number,
  out: Int32Array = new Int32Array(size * size * 3),
): Int32Array {
  if (out.length !== size * size * 3)
    throw new RangeError(`cropSquare: out holds ${out.length} values, not ${size * size * 3}`);
  out.fill(0); // outside the image stays black
  const { width, rgb } = image;
  const cols = taps(square.left, square.side, size, width);
  const rows = taps(square.top, square.side, size, image.height);
  for (let i = 0; i < size; i++) {
    const y0 = rows.near[i];
    if (y0 < 0) continue;
    const top = y0 * width * 3;
    const bottom = rows.far[i] * width * 3;
    const wy = rows.weight[i];
    let o = i * size * 3;
    for (let j = 0; j < size; j++, o += 3) {
      const x0 = cols.near[j];
      if (x0 < 0) continue;
      const a = top + x0 * 3;
      const b = top + cols.far[j] * 3;
      const c = bottom + x0 * 3;
      const d = bottom + cols.far[j] * 3;
      const wx = cols.weight[j];
      for (let k = 0; k < 3; k++) {
        const upper = rgb[a + k] + (rgb[b + k] - rgb[a + k]) * wx;
        const lower = rgb[c + k] + (rgb[d + k] - rgb[c + k]) * wx;
        out[o + k] = Math.trunc(upper + (lower - upper) * wy);
      }
    }
  }
  return out;
}
