/** Starts one worker thread on a PartJob: the built worker next to the bundle, or the TypeScript source via tsx. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PartJob, PartResult } from './part-job';

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

export interface RunningPart {
  result: Promise<PartResult>;
  /** Stops the thread at once (its ffmpeg child then dies on a closed pipe). */
  terminate(): Promise<void>;
}

export function spawnPart(job: PartJob): RunningPart {
  const { script, entry } = workerScript();
  const worker = new Worker(script, { workerData: { ...job, entry } });
  const result = new Promise<PartResult>((resolve) => {
    let settled = false;
    const settle = (r: PartResult) => {
      if (!settled) resolve(r);
      settled = true;
    };
    worker.once('message', (message: PartResult) => settle(message));
    worker.once('error', (err) => settle({ type: 'error', message: `the analysis worker failed: ${err.message}`, badInput: false }));
    worker.once('exit', (code) => settle({ type: 'error', message: `the analysis worker stopped (exit code ${code})`, badInput: false }));
  });
  return { result, terminate: async () => void (await worker.terminate()) };
}
