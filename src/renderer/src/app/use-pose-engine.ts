import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/api';
import { createPoseEngine, measureBackends } from '../pose';
import type { PoseEngine } from '../pose/types';
import { chooseFastestBackend, describeNoBackend } from './backend-choice';

export type EngineState =
  | { status: 'waiting' }
  | { status: 'measuring' }
  | { status: 'loading' }
  | { status: 'ready'; engine: PoseEngine }
  | { status: 'failed'; message: string };

/**
 * The pose engine for the chosen model and backend. When no backend is saved yet (first start, or
 * after "Measure again"), each backend is timed on this computer and the fastest is saved first.
 */
export function usePoseEngine(
  settings: Settings | null,
  updateSettings: (patch: Partial<Settings>) => Promise<void>,
): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'waiting' });
  const model = settings?.liveModel ?? null;
  const backend = settings?.backend ?? null;
  const loaded = settings !== null;

  useEffect(() => {
    if (!loaded || model === null) return;
    let cancelled = false;
    let engine: PoseEngine | null = null;
    const fail = (e: unknown): void => {
      if (!cancelled) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    };

    if (backend === null) {
      setState({ status: 'measuring' });
      measureBackends(model)
        .then(async (measurements) => {
          const choice = chooseFastestBackend(measurements);
          if (!choice) throw new Error(describeNoBackend(measurements));
          if (!cancelled) await updateSettings({ backend: choice.backend, backendTimings: choice.timings });
        })
        .catch(fail);
    } else {
      setState({ status: 'loading' });
      createPoseEngine({ model, backend })
        .then((created) => {
          if (cancelled) return created.dispose();
          engine = created;
          setState({ status: 'ready', engine: created });
        })
        .catch(fail);
    }
    return () => {
      cancelled = true;
      engine?.dispose();
    };
  }, [loaded, model, backend, updateSettings]);

  return state;
}
