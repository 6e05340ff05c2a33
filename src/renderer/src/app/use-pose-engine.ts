import { useEffect, useState } from 'react';
import type { BackendName, ModelName, Settings } from '../../../shared/api';
import { createPoseEngine, measureBackends } from '../pose';
import { measurementPicture } from '../pose/measurement-picture';
import type { PoseEngine } from '../pose/types';
import { chooseFastestBackend, describeNoBackend } from './backend-choice';
import { messageOf } from '../api/errors';

/**
 * The backend used until this computer's backends are measured: WASM runs wherever tfjs runs and
 * is never far from the fastest on a CPU, while WebGL may be a software renderer ten times slower.
 */
const DEFAULT_BACKEND: BackendName = 'wasm';
/** How long the measurement waits for a camera picture with someone in it before using a drawn one. */
const PICTURE_WAIT_MS = 10_000;

type EngineStatus =
  | { status: 'waiting' }
  | { status: 'loading' }
  | { status: 'ready'; engine: PoseEngine }
  | { status: 'failed'; message: string };

export type EngineState = EngineStatus & {
  /** The backend the engine runs (or will run) on: the saved choice, else the default. */
  backend: BackendName;
  /** No backend is saved yet: they are being timed in the background while the default runs. */
  measuring: boolean;
  /** Why the background measurement found no backend, null when it did not fail. */
  measureError: string | null;
};

/**
 * The pose engine for the chosen model and backend. With no backend saved (first start, or after
 * "Measure again") the engine starts at once on the default, and once it is up every backend is
 * timed in the background, on a camera picture with someone in it when the live screen offers one
 * within PICTURE_WAIT_MS; the fastest that agrees with the CPU is saved, and the engine moves to it
 * if it is not the default.
 */
export function usePoseEngine(
  settings: Settings | null,
  updateSettings: (patch: Partial<Settings>) => Promise<void>,
): EngineState {
  const model = settings?.liveModel ?? null;
  const saved = settings?.backend ?? null;
  const backend = saved ?? DEFAULT_BACKEND;
  // how the last engine asked for ended (ready or failed), with what it was asked for
  const [outcome, setOutcome] = useState<{ model: ModelName; backend: BackendName; state: EngineStatus } | null>(null);
  const [measureError, setMeasureError] = useState<{ model: ModelName; message: string } | null>(null);

  useEffect(() => {
    if (model === null) return;
    let cancelled = false;
    let engine: PoseEngine | null = null;
    createPoseEngine({ model, backend })
      .then((created) => {
        if (cancelled) return created.dispose();
        engine = created;
        setOutcome({ model, backend, state: { status: 'ready', engine: created } });
      })
      .catch((e: unknown) => {
        const message = messageOf(e);
        if (!cancelled) setOutcome({ model, backend, state: { status: 'failed', message } });
      });
    return () => {
      cancelled = true;
      engine?.dispose();
    };
  }, [model, backend]);

  const current = model !== null && outcome?.model === model && outcome.backend === backend ? outcome.state : null;
  // measured only once the engine is up (or failed): loading both at once would delay the first skeleton
  const engineSettled = current !== null;
  useEffect(() => {
    if (model === null || saved !== null || !engineSettled) return;
    let cancelled = false;
    measurementPicture(PICTURE_WAIT_MS)
      // no backend is loaded for a measurement given up while it waited (model changed, app closed)
      .then((picture) => (cancelled ? null : measureBackends(model, { image: picture ?? undefined })))
      .then(async (measurements) => {
        if (cancelled || !measurements) return;
        const choice = chooseFastestBackend(measurements);
        if (!choice) return setMeasureError({ model, message: describeNoBackend(measurements) });
        await updateSettings({ backend: choice.backend, backendTimings: choice.timings });
      })
      .catch((e: unknown) => {
        if (!cancelled) setMeasureError({ model, message: messageOf(e) });
      });
    return () => {
      cancelled = true;
    };
  }, [model, saved, engineSettled, updateSettings]);

  const failedMeasuring = measureError !== null && measureError.model === model ? measureError.message : null;
  const search = { backend, measuring: model !== null && saved === null && failedMeasuring === null };
  if (model === null) return { status: 'waiting', ...search, measureError: null };
  return { ...(current ?? { status: 'loading' }), ...search, measureError: failedMeasuring };
}
