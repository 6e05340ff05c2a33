import type { BackendName } from '../../../shared/api';
import type { BackendMeasurement } from '../pose/types';

export interface BackendChoice {
  backend: BackendName;
  /** ms per frame of every backend that ran, by name (what settings.backendTimings stores). */
  timings: Record<string, number>;
}

/** The backend that ran the model fastest, or null when none ran. */
export function chooseFastestBackend(measurements: readonly BackendMeasurement[]): BackendChoice | null {
  const timings: Record<string, number> = {};
  let best: BackendMeasurement | null = null;
  for (const m of measurements) {
    if (m.msPerFrame === null || !Number.isFinite(m.msPerFrame)) continue;
    timings[m.backend] = m.msPerFrame;
    if (best === null || m.msPerFrame < (best.msPerFrame as number)) best = m;
  }
  return best ? { backend: best.backend, timings } : null;
}

/** Why no backend could run, from the errors each one gave. */
export function describeNoBackend(measurements: readonly BackendMeasurement[]): string {
  const reasons = measurements.map((m) => `${m.backend}: ${m.error ?? 'did not run'}`).join('; ');
  return `The pose model could not run on this computer (${reasons || 'no backend measured'}).`;
}
