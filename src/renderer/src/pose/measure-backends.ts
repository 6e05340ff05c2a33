/**
 * Times MoveNet on each backend this browser can run (first start, or "measure again") and keeps
 * each one's keypoints, so the UI can keep the fastest that computes the same pose: WebGPU or WebGL
 * win on a real GPU, WASM+SIMD where WebGL is software-rendered.
 */
import type { BackendName, ModelName } from '../../../shared/api';
import { createPoseEngine } from './engine';
import type { BackendMeasurement } from './types';
import { messageOf } from '../api/errors';

/** WASM first, the likely winner on a CPU; CPU, the reference the others are checked against, last. */
const ORDER: BackendName[] = ['wasm', 'webgpu', 'webgl', 'cpu'];
const TIMED_RUNS = 3;
/** Stop timing a backend once it has used this long (CPU takes ~0.7 s a frame here). */
const BUDGET_MS = 1500;

/** `image`: the picture to time on (the caller keeps it); default a drawn 640×480 test picture. */
export async function measureBackends(
  model: ModelName,
  opts: { modelBaseUrl?: string; image?: ImageBitmap } = {},
): Promise<BackendMeasurement[]> {
  const image = opts.image ?? (await testImage());
  const results: BackendMeasurement[] = [];
  for (const backend of ORDER) {
    try {
      const engine = await createPoseEngine({ model, backend, modelBaseUrl: opts.modelBaseUrl, scans: 'none' });
      try {
        // warm-up (shader compilation, first allocation); its keypoints are the backend's answer
        const { keypoints } = await engine.timeInference('single', image);
        const runs: number[] = [];
        while (runs.length < TIMED_RUNS && runs.reduce((a, b) => a + b, 0) < BUDGET_MS) {
          runs.push((await engine.timeInference('single', image)).ms);
        }
        results.push({ backend, msPerFrame: median(runs), keypoints });
      } finally {
        engine.dispose();
      }
    } catch (e) {
      results.push({ backend, msPerFrame: null, error: messageOf(e) });
    }
  }
  if (!opts.image) image.close();
  return results;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A 640×480 picture with some structure; inference time does not depend on what it shows. */
async function testImage(): Promise<ImageBitmap> {
  const canvas = new OffscreenCanvas(640, 480);
  const g = canvas.getContext('2d')!;
  const gradient = g.createLinearGradient(0, 0, 640, 480);
  gradient.addColorStop(0, '#4a6');
  gradient.addColorStop(1, '#dca');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 640, 480);
  g.fillStyle = '#333';
  g.fillRect(290, 120, 60, 260);
  return createImageBitmap(canvas);
}
