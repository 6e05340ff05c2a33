/**
 * Worker side: MoveNet single-pose (Lightning or Thunder) shown only the walker's region. The
 * region is drawn, scaled, into the middle of the model's square input on a canvas, the rest left
 * black so the model cannot see anyone else: ~1 ms a frame, where pose-detection's full-frame path
 * (fromPixels of the whole frame, masking, cropAndResize in WASM) cost ~6 ms here. The walker
 * tracker already places the region, which is the job of pose-detection's own crop tracking.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelName } from '../../../shared/api';
import { decodeSinglePose, MOVENET_INPUT_SIZE, squareCrop } from '../../../shared/pose/movenet-decode';
import type { Keypoint } from '../../../shared/pose/types';
import type { Box } from '../../../shared/tracking/types';

export interface SinglePoseModel {
  /** The model's keypoints (full-image pixels, not smoothed) of the person in `region`, null when none. */
  detect(bitmap: ImageBitmap, region: Box): { keypoints: Keypoint[]; score: number; box: Box } | null;
  dispose(): void;
}

export async function loadSinglePose(model: ModelName, modelUrl: string): Promise<SinglePoseModel> {
  const graph = await tf.loadGraphModel(modelUrl);
  const size = MOVENET_INPUT_SIZE[model];
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  // The first run allocates and prepares the backend's kernels: pay for it while loading, not on live frames.
  tf.tidy(() => (graph.execute(tf.zeros([1, size, size, 3], 'int32')) as tf.Tensor).dataSync());

  /** The model's raw answer for `region` of `bitmap`: [y, x, score] × 17, normalised to the square crop. */
  function infer(bitmap: ImageBitmap, region: Box, crop: Box): Float32Array | Int32Array | Uint8Array {
    const scale = size / crop.width;
    context.fillStyle = '#000';
    context.fillRect(0, 0, size, size);
    context.drawImage(
      bitmap,
      region.x,
      region.y,
      region.width,
      region.height,
      (region.x - crop.x) * scale,
      (region.y - crop.y) * scale,
      region.width * scale,
      region.height * scale,
    );
    const pixels = context.getImageData(0, 0, size, size);
    return tf.tidy(
      () => (graph.execute(tf.expandDims(tf.browser.fromPixels(pixels), 0)) as tf.Tensor).dataSync() as Float32Array,
    );
  }

  return {
    detect(bitmap, region) {
      const crop = squareCrop(region);
      return decodeSinglePose(infer(bitmap, region, crop), crop);
    },
    dispose() {
      graph.dispose();
    },
  };
}
