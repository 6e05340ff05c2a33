/** The CLI's video path in one call: load MoveNet, follow the walker through the video, free the models. */
import type { ModelName } from '../shared/api';
import type { KeypointsFile } from '../shared/pose/types';
import { createWalkerTracker } from '../shared/tracking';
import { loadNodePoseModels } from './movenet';
import { probeVideo } from './video';
import { videoToKeypoints } from './video-keypoints';

export interface ExtractOptions {
  model: ModelName;
  onProgress?: (done: number, total: number | null) => void;
}

export async function extractVideoKeypoints(path: string, options: ExtractOptions): Promise<KeypointsFile> {
  const info = await probeVideo(path); // fails on a bad file before paying for the model load
  const models = await loadNodePoseModels(options.model);
  try {
    const tracker = createWalkerTracker(models);
    return await videoToKeypoints(path, info, tracker, (p) => options.onProgress?.(p.done, p.total));
  } finally {
    models.dispose();
  }
}
