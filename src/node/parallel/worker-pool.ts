/**
 * The analysis worker threads, kept warm between parts and between imports: a worker's start
 * (tfjs, WASM compilation, model load, JIT warm-up) costs about a second of CPU, as much as
 * analysing 15–30 frames. Idle workers do not keep the process alive and stop after IDLE_MS.
 * Runs the built worker next to the bundle, or the TypeScript source via tsx (tests, bench).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ModelName } from '../../shared/api';
import type { PartJob, PartResult, ScanJob, WorkerRequest } from './part-job';

/** Worker threads per analysis: the cores, at most 4. */
export const DEFAULT_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
/** An idle worker holds its models (~100 MB); it is stopped after this long unused. */
export const IDLE_MS = 120_000;

function workerScript(): { script: URL; entry?: string } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return { script: new URL('./tsx-worker.mjs', here), entry: new URL('./part-worker.ts', here).href };
  }
  // electron-vite builds it as its own entry, out/main/part-worker.js; this module may sit in out/main/chunks/.
  for (const candidate of ['./part-worker.js', '../part-worker.js']) {
    const script = new URL(candidate, here);
    if (existsSync(fileURLToPath(script))) return { script };
  }
  throw new Error(`part-worker.js not found next to ${fileURLToPath(here)}: the build is incomplete`);
}

interface Pooled {
  worker: Worker;
  busy: boolean;
  idleTimer: NodeJS.Timeout | null;
}

const workers = new Set<Pooled>();

function remove(pooled: Pooled): void {
  if (pooled.idleTimer) clearTimeout(pooled.idleTimer);
  workers.delete(pooled);
}

/**
 * tfjs's graph executor leaves ~1 MB of short-lived objects per model call, enough of which
 * survives a scavenge that V8's default old-space limit ran a full mark-compact every ~4 frames
 * (~8 ms CPU per frame, most on V8's helper threads). A larger starting old space for the worker
 * isolates (128 MB; the heap stays at ~60–70 MB) makes that about one in 50 frames. V8 reads heap
 * flags when an isolate is created, so this applies to the workers started from now on.
 */
const WORKER_OLD_SPACE_MB = 128;

/** Sets the heap flags analysis threads start with (the bench's model-only threads too). */
export function useWorkerHeapFlags(): void {
  setFlagsFromString(`--initial-old-space-size=${WORKER_OLD_SPACE_MB}`);
}

function spawn(): Pooled {
  useWorkerHeapFlags();
  const { script, entry } = workerScript();
  const pooled: Pooled = { worker: new Worker(script, { workerData: { entry } }), busy: false, idleTimer: null };
  // A worker that dies leaves the pool; a running part hears of it through its own listeners.
  pooled.worker.on('error', () => remove(pooled));
  pooled.worker.on('exit', () => remove(pooled));
  workers.add(pooled);
  return pooled;
}

function release(pooled: Pooled): void {
  if (!workers.has(pooled)) return;
  pooled.busy = false;
  pooled.worker.unref();
  pooled.idleTimer = setTimeout(() => {
    remove(pooled);
    void pooled.worker.terminate();
  }, IDLE_MS);
  pooled.idleTimer.unref();
}

function take(): Pooled {
  const pooled = [...workers].find((w) => !w.busy) ?? spawn();
  if (pooled.idleTimer) clearTimeout(pooled.idleTimer);
  pooled.idleTimer = null;
  pooled.busy = true;
  pooled.worker.ref();
  return pooled;
}

export interface RunningPart {
  result: Promise<PartResult>;
  /** Stops the thread at once (its ffmpeg child then dies on a closed pipe); the pool replaces it when needed. */
  terminate(): Promise<void>;
}

/** Runs one part on an idle worker, or on a new one when all are busy. */
export function runPart(job: PartJob): RunningPart {
  return run({ type: 'part', job });
}

/** Scans one part for people (MultiPose) on an idle worker, or on a new one. */
export function runScan(job: ScanJob): RunningPart {
  return run({ type: 'scan', job });
}

function run(request: Extract<WorkerRequest, { type: 'part' | 'scan' }>): RunningPart {
  const pooled = take();
  const { worker } = pooled;
  const result = new Promise<PartResult>((resolve) => {
    const settle = (r: PartResult, healthy: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) release(pooled);
      else remove(pooled);
      resolve(r);
    };
    const onMessage = (message: PartResult) => settle(message, true);
    const onError = (err: Error) =>
      settle({ type: 'error', message: `the analysis worker failed: ${err.message}`, badInput: false }, false);
    const onExit = (code: number) =>
      settle({ type: 'error', message: `the analysis worker stopped (exit code ${code})`, badInput: false }, false);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
  worker.postMessage(request satisfies WorkerRequest);
  return {
    result,
    async terminate() {
      remove(pooled);
      await worker.terminate();
    },
  };
}

/**
 * Starts workers up to `count` and has the idle ones load `model` now, so an import about to start
 * (a video being uploaded, a file being probed) finds them ready.
 */
export function warmWorkers(model: ModelName, count = DEFAULT_WORKERS): void {
  try {
    while (workers.size < count) release(spawn());
  } catch {
    return; // only a head start: the import itself reports a missing worker script
  }
  for (const pooled of workers)
    if (!pooled.busy) pooled.worker.postMessage({ type: 'warm', model } satisfies WorkerRequest);
}

/** Stops every worker (app exit). */
export async function closeWorkers(): Promise<void> {
  const all = [...workers];
  all.forEach(remove);
  await Promise.all(all.map((w) => w.worker.terminate()));
}

/** Workers alive now, for tests and the bench. */
export function poolSize(): number {
  return workers.size;
}
