import { useEffect, useState } from 'react';
import type { BackendName, ModelName, Settings } from '../../../shared/api';
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
  const model = settings?.liveModel ?? null;
  const backend = settings?.backend ?? null;
  // how the last engine asked for ended (ready or failed), with what it was asked for
  const [outcome, setOutcome] = useState<{ model: ModelName; backend: BackendName | null; state: EngineState } | null>(
    null,
  );

  useEffect(() => {
    if (model === null) return;
    let cancelled = false;
    let engine: PoseEngine | null = null;
    const fail = (e: unknown): void => {
      const message = e instanceof Error ? e.message : String(e);
      if (!cancelled) setOutcome({ model, backend, state: { status: 'failed', message } });
    };

    if (backend === null) {
      measureBackends(model)
        .then(async (measurements) => {
          const choice = chooseFastestBackend(measurements);
          if (!choice) throw new Error(describeNoBackend(measurements));
          if (!cancelled) await updateSettings({ backend: choice.backend, backendTimings: choice.timings });
        })
        .catch(fail);
    } else {
      createPoseEngine({ model, backend })
        .then((created) => {
          if (cancelled) return created.dispose();
          engine = created;
          setOutcome({ model, backend, state: { status: 'ready', engine: created } });
        })
        .catch(fail);
    }
    return () => {
      cancelled = true;
      engine?.dispose();
    };
  }, [model, backend, updateSettings]);

  if (model === null) return { status: 'waiting' };
  if (outcome?.model === model && outcome.backend === backend) return outcome.state;
  return backend === null ? { status: 'measuring' } : { status: 'loading' };
}
