/** MoveNet in Node: the walker tracker's `PoseModels` over tf.Tensor3D RGB frames. */
import * as poseDetection from '@tensorflow-models/pose-detection';
import type { ModelName } from '../shared/api';
import type { Keypoint } from '../shared/pose/types';
import type { Box, PoseModels } from '../shared/tracking/types';
import { fileModelHandler, modelJsonPath } from './model-files';
import { tf, useWasmBackend } from './tf-wasm';

const INPUT_SIZE: Record<ModelName, number> = { lightning: 192, thunder: 256 };
/** Keypoints at or above this score define a single pose's box. */
const BOX_MIN_SCORE = 0.2;

export interface NodePoseModels extends PoseModels<tf.Tensor3D> {
  readonly model: ModelName;
  dispose(): void;
}

/** Loads the single-pose model (Lightning or Thunder) and MultiPose Lightning from local files. */
export async function loadNodePoseModels(model: ModelName): Promise<NodePoseModels> {
  await useWasmBackend();
  const { SupportedModels: { MoveNet }, movenet } = poseDetection;
  const single = await poseDetection.createDetector(MoveNet, {
    modelType: model === 'thunder' ? movenet.modelType.SINGLEPOSE_THUNDER : movenet.modelType.SINGLEPOSE_LIGHTNING,
    modelUrl: fileModelHandler(modelJsonPath(model === 'thunder' ? 'movenet-thunder' : 'movenet-lightning')),
    // Offline analysis filters with a zero-lag low-pass later; the tracker picks the crop.
    enableSmoothing: false,
  });
  const multi = await poseDetection.createDetector(MoveNet, {
    modelType: movenet.modelType.MULTIPOSE_LIGHTNING,
    modelUrl: fileModelHandler(modelJsonPath('movenet-multipose')),
    enableSmoothing: false,
    enableTracking: false,
  });
  const size = INPUT_SIZE[model];

  return {
    model,
    async detectAll(image) {
      const [height, width] = image.shape;
      const poses = await multi.estimatePoses(image);
      return poses.map((pose) => {
        const b = pose.box;
        const box = b
          ? { x: b.xMin * width, y: b.yMin * height, width: b.width * width, height: b.height * height }
          : keypointBox(toKeypoints(pose.keypoints));
        return { keypoints: toKeypoints(pose.keypoints), score: pose.score ?? 0, box };
      });
    },
    async detectOne(image, region) {
      // A square crop around the region, so the model sees the person undistorted; outside the
      // image is black padding, as MoveNet's own cropping does.
      const side = Math.max(region.width, region.height);
      const left = region.x + region.width / 2 - side / 2;
      const top = region.y + region.height / 2 - side / 2;
      const [height, width] = image.shape;
      const crop = tf.tidy(() =>
        tf.image
          .cropAndResize(
            tf.expandDims(image, 0) as tf.Tensor4D,
            [[top / (height - 1), left / (width - 1), (top + side) / (height - 1), (left + side) / (width - 1)]],
            [0],
            [size, size],
            'bilinear',
            0,
          )
          .squeeze([0]) as tf.Tensor3D,
      );
      try {
        // Each call is a fresh square image: drop the detector's crop from the previous call.
        single.reset();
        const [pose] = await single.estimatePoses(crop);
        if (!pose) return null;
        const keypoints = toKeypoints(pose.keypoints).map(
          ([x, y, s]): Keypoint => [left + (x / size) * side, top + (y / size) * side, s],
        );
        return { keypoints, score: pose.score ?? meanScore(keypoints), box: keypointBox(keypoints) };
      } finally {
        crop.dispose();
      }
    },
    resetSingle() {
      single.reset();
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

function meanScore(keypoints: Keypoint[]): number {
  return keypoints.reduce((sum, k) => sum + k[2], 0) / keypoints.length;
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
