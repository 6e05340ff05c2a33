/**
 * MoveNet in Node: the walker tracker's `PoseModels` over decoded RGB frames. The single-pose model
 * runs straight on a square crop made from the frame's bytes (see square-crop.ts); MultiPose on the
 * frame resized to its 256 px in JavaScript (see multipose-input.ts), only on the frames that scan.
 */
import * as poseDetection from '@tensorflow-models/pose-detection';
import type { ModelName } from '../shared/api';
import { BOX_MIN_SCORE, decodeSinglePose, MOVENET_INPUT_SIZE, squareCrop } from '../shared/pose/movenet-decode';
import type { Keypoint } from '../shared/pose/types';
import type { Box, PoseModels } from '../shared/tracking/types';
import { fileModelHandler, modelJsonPath } from './model-files';
import { resizeForMultiPose } from './multipose-input';
import { cropSquare, type RgbImage } from './square-crop';
import { tf, useWasmBackend } from './tf-wasm';

export interface NodePoseModels extends PoseModels<RgbImage> {
  readonly model: ModelName;
  dispose(): void;
}

/** Loads the single-pose model (Lightning or Thunder) and MultiPose Lightning from local files. */
export async function loadNodePoseModels(model: ModelName): Promise<NodePoseModels> {
  await useWasmBackend();
  const single = await tf.loadGraphModel(
    fileModelHandler(modelJsonPath(model === 'thunder' ? 'movenet-thunder' : 'movenet-lightning')),
  );
  const {
    SupportedModels: { MoveNet },
    movenet,
  } = poseDetection;
  // MultiPose at its default 256 px: at 192 (as the live path scans) the park clip's walker was
  // tracked in 178 frames of 230 instead of 220.
  const multi = await poseDetection.createDetector(MoveNet, {
    modelType: movenet.modelType.MULTIPOSE_LIGHTNING,
    modelUrl: fileModelHandler(modelJsonPath('movenet-multipose')),
    enableSmoothing: false,
    enableTracking: false,
  });
  const size = MOVENET_INPUT_SIZE[model];
  // The crop is copied into the backend by tf.tensor4d, so one buffer serves every frame.
  const cropped = new Int32Array(size * size * 3);

  return {
    model,
    async detectAll(image) {
      const { width, height } = image;
      const small = resizeForMultiPose(image);
      // The detector resizes this to the same size (a copy) and answers in its pixels.
      const frame = tf.tensor3d(small.rgb, [small.height, small.width, 3], 'int32');
      const toFrame = ([x, y, score]: Keypoint): Keypoint => [
        (x * width) / small.width,
        (y * height) / small.height,
        score,
      ];
      try {
        const poses = await multi.estimatePoses(frame);
        return poses.map((pose) => {
          const keypoints = toKeypoints(pose.keypoints).map(toFrame);
          const b = pose.box; // normalised: the same for both sizes
          const box = b
            ? { x: b.xMin * width, y: b.yMin * height, width: b.width * width, height: b.height * height }
            : keypointBox(keypoints);
          return { keypoints, score: pose.score ?? 0, box };
        });
      } finally {
        frame.dispose();
      }
    },
    async detectOne(image, region) {
      // the same crop and decoding as the live pose worker (shared/pose/movenet-decode)
      const crop = squareCrop(region);
      const input = cropSquare(image, { left: crop.x, top: crop.y, side: crop.width }, size, cropped);
      const output = tf.tidy(() => single.execute(tf.tensor4d(input, [1, size, size, 3], 'int32')) as tf.Tensor);
      try {
        return decodeSinglePose(await output.data(), crop);
      } finally {
        output.dispose();
      }
    },
    resetSingle() {
      // Each call is a fresh crop: the single-pose path keeps no state between frames.
    },
    dispose() {
      single.dispose();
      multi.dispose();
    },
  };
}

function toKeypoints(points: poseDetection.Keypoint[]): Keypoint[] {
  return points.map((p): Keypoint => [p.x, p.y, p.score ?? 0]);
}

/** Bounding box of the confident keypoints (all of them when none is confident). */
function keypointBox(keypoints: Keypoint[]): Box {
  const confident = keypoints.filter((k) => k[2] >= BOX_MIN_SCORE);
  const points = confident.length > 0 ? confident : keypoints;
  const xs = points.map((k) => k[0]);
  const ys = points.map((k) => k[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
