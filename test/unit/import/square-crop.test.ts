/** The single-pose model's input, cropped in JavaScript, against what tfjs's cropAndResize made before. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cropSquare, type RgbImage, type Square } from '../../../src/node/square-crop';
import { tf, useWasmBackend } from '../../../src/node/tf-wasm';
import { decodedWalkFrame } from './support';

/** The previous path: full-frame tensor, cropAndResize (black outside), cast to int32. */
function tfCrop(image: RgbImage, { left, top, side }: Square, size: number): Int32Array {
  const { width, height } = image;
  return tf.tidy(() => {
    const frame = tf.tensor4d(image.rgb, [1, height, width, 3], 'int32');
    const box = [[top / (height - 1), left / (width - 1), (top + side) / (height - 1), (left + side) / (width - 1)]];
    return tf
      .cast(tf.image.cropAndResize(frame, box, [0], [size, size], 'bilinear', 0), 'int32')
      .dataSync() as Int32Array;
  });
}

describe('cropSquare', () => {
  let frame: RgbImage;
  beforeAll(async () => {
    await useWasmBackend();
    frame = await decodedWalkFrame();
  });

  const squares: Array<[string, Square]> = [
    ['inside the frame', { left: 250.4, top: 90.7, side: 301.3 }],
    ['over the left and top edges', { left: -80.5, top: -40.2, side: 260 }],
    ['over the right and bottom edges', { left: 500.25, top: 300.5, side: 250 }],
    ['smaller than the model input (upscaled)', { left: 100, top: 100, side: 120.6 }],
  ];

  for (const size of [192, 256]) {
    for (const [name, square] of squares) {
      it(`matches tfjs at ${size} px, ${name}`, () => {
        const ours = cropSquare(frame, square, size);
        const theirs = tfCrop(frame, square, size);
        expect(ours.length).toBe(theirs.length);
        let differ = 0;
        let worst = 0;
        for (let i = 0; i < ours.length; i++) {
          const d = Math.abs(ours[i] - theirs[i]);
          if (d > 0) differ++;
          worst = Math.max(worst, d);
        }
        // tfjs interpolates in float32, this in float64: a value may truncate one step apart.
        expect(worst).toBeLessThanOrEqual(1);
        expect(differ / ours.length).toBeLessThan(0.01);
      });
    }
  }

  it('is black where the square leaves the image', () => {
    const ours = cropSquare(frame, { left: -200, top: 0, side: 400 }, 192);
    // The left quarter of each row lies left of the image.
    for (let row = 0; row < 192; row += 37)
      expect(Array.from(ours.subarray(row * 192 * 3, row * 192 * 3 + 40 * 3)).every((v) => v === 0)).toBe(true);
    expect(ours.some((v) => v > 0)).toBe(true);
  });

  it('gives the same crop into a reused buffer, black parts included', () => {
    const reused = cropSquare(frame, { left: 250.4, top: 90.7, side: 301.3 }, 192); // filled with the walker
    const edge: Square = { left: -200, top: 0, side: 400 };
    expect(cropSquare(frame, edge, 192, reused)).toBe(reused);
    expect(Array.from(reused)).toEqual(Array.from(cropSquare(frame, edge, 192)));
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => cropSquare(frame, { left: 0, top: 0, side: 100 }, 192, new Int32Array(10))).toThrow(/not 110592/);
  });
});
