/** MultiPose's input, resized in JavaScript, against tfjs's resizeBilinear (what the detector ran on the whole frame). */
import { beforeAll, describe, expect, it } from 'vitest';
import { multiPoseSize, resizeForMultiPose } from '../../../src/node/multipose-input';
import type { RgbImage } from '../../../src/node/square-crop';
import { tf, useWasmBackend } from '../../../src/node/tf-wasm';
import { decodedWalkFrame } from './support';

/** The detector's own path: the whole frame as an int32 tensor, resizeBilinear, cast to int32. */
function tfResize(image: RgbImage, width: number, height: number): Int32Array {
  return tf.tidy(
    () =>
      tf
        .cast(
          tf.image.resizeBilinear(tf.tensor3d(image.rgb, [image.height, image.width, 3], 'int32'), [height, width]),
          'int32',
        )
        .dataSync() as Int32Array,
  );
}

/** A frame of the walk, cut or shuffled to another size: the walk's pixels at any aspect. */
function reshaped(frame: RgbImage, width: number, height: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < rgb.length; i++) rgb[i] = frame.rgb[(i * 7919) % frame.rgb.length];
  return { width, height, rgb };
}

describe('resizeForMultiPose', () => {
  let frame: RgbImage;
  beforeAll(async () => {
    await useWasmBackend();
    frame = await decodedWalkFrame();
  });

  it('sizes the longer side to 256 px as the detector does', () => {
    expect(multiPoseSize(640, 480)).toEqual({ width: 256, height: 192 });
    expect(multiPoseSize(360, 640)).toEqual({ width: 144, height: 256 });
    expect(multiPoseSize(500, 500)).toEqual({ width: 256, height: 256 });
    expect(multiPoseSize(640, 362)).toEqual({ width: 256, height: 145 });
  });

  it('gives the very values of tfjs on a decoded frame', () => {
    const ours = resizeForMultiPose(frame);
    expect([ours.width, ours.height]).toEqual([256, 192]);
    expect(Array.from(ours.rgb)).toEqual(Array.from(tfResize(frame, 256, 192)));
  });

  for (const [width, height] of [
    [360, 640],
    [480, 360],
    [500, 500],
    [640, 362],
    [200, 120],
  ]) {
    it(`gives the very values of tfjs at ${width}×${height}`, () => {
      const image = reshaped(frame, width, height);
      const ours = resizeForMultiPose(image);
      const theirs = tfResize(image, ours.width, ours.height);
      expect(ours.rgb.length).toBe(theirs.length);
      expect(Array.from(ours.rgb)).toEqual(Array.from(theirs));
    });
  }
});
