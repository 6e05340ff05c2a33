import type { BackendName } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import type { BackendMeasurement } from '../pose/types';

/**
 * A backend is kept only when its keypoints on the measurement picture are within this of the
 * reference backend's (px): the same model on the same picture; a GPU driver that computes it
 * wrongly (16-bit textures, a broken shader) is left out however fast it is.
 */
export const AGREEMENT_PX = 1;
/** The reference: tfjs's plain-JavaScript kernels, 32-bit floats, no driver involved. */
const REFERENCE: BackendName = 'cpu';

export interface BackendChoice {
  backend: BackendName;
  /** ms per frame of every backend that ran, by name (what settings.backendTimings stores). */
  timings: Record<string, number>;
  /** Backends that ran but disagreed with the reference, with how far their keypoints were (px). */
  disagreeing: Record<string, number>;
}

/** Keypoints the reference is confident of: where a near-flat heatmap cannot tip between two places. */
const CONFIDENT_SCORE = 0.3;

/**
 * Largest distance between the same keypoint in `pose` and `reference` over the keypoints the
 * reference is confident of (px): Infinity when `pose` has none, 0 when the reference is confident
 * of none (nothing to judge by).
 */
export function keypointGapPx(pose: readonly Keypoint[] | null, reference: readonly Keypoint[]): number {
  if (!pose || pose.length !== reference.length) return Infinity;
  return Math.max(
    0,
    ...reference.map((r, i) => (r[2] >= CONFIDENT_SCORE ? Math.hypot(pose[i][0] - r[0], pose[i][1] - r[1]) : 0)),
  );
}

/**
 * The fastest backend that ran and gives the reference backend's keypoints (within AGREEMENT_PX),
 * or null when none ran. Without a reference pose (the CPU backend failed, or found no one) every
 * backend that ran counts.
 */
export function chooseFastestBackend(measurements: readonly BackendMeasurement[]): BackendChoice | null {
  const referenceKeypoints = measurements.find((m) => m.backend === REFERENCE && m.msPerFrame !== null)?.keypoints;
  const timings: Record<string, number> = {};
  const disagreeing: Record<string, number> = {};
  let best: { backend: BackendName; ms: number } | null = null;
  for (const m of measurements) {
    if (m.msPerFrame === null || !Number.isFinite(m.msPerFrame)) continue;
    timings[m.backend] = m.msPerFrame;
    if (referenceKeypoints && m.backend !== REFERENCE && m.keypoints !== undefined) {
      const gap = keypointGapPx(m.keypoints, referenceKeypoints);
      if (gap > AGREEMENT_PX) {
        disagreeing[m.backend] = gap;
        continue;
      }
    }
    if (best === null || m.msPerFrame < best.ms) best = { backend: m.backend, ms: m.msPerFrame };
  }
  return best ? { backend: best.backend, timings, disagreeing } : null;
}

/** Why no backend could run, from the errors each one gave. */
export function describeNoBackend(measurements: readonly BackendMeasurement[]): string {
  const reasons = measurements.map((m) => `${m.backend}: ${m.error ?? 'did not run'}`).join('; ');
  return `The pose model could not run on this computer (${reasons || 'no backend measured'}).`;
}
