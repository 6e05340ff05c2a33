/// <reference lib="webworker" />
/** What the pose worker and the scan worker share: answering the engine, and starting up. */
import type { BackendName } from '../../../shared/api';
import type { FromWorker } from './protocol';
import { switchBackend } from './tf-backend';
import { messageOf } from '../api/errors';

declare const self: DedicatedWorkerGlobalScope;

export const post = (message: FromWorker): void => self.postMessage(message);

/** Switches tfjs to `backend`, runs `load` (the models), then tells the engine 'ready' or why not. */
export async function startWorker(init: { backend: BackendName; simd: boolean }, load: () => Promise<void>) {
  const start = performance.now();
  try {
    const simd = await switchBackend(init.backend, init.simd);
    await load();
    post({ type: 'ready', backend: init.backend, simd, loadMs: performance.now() - start });
  } catch (e) {
    post({ type: 'init-failed', message: `${init.backend}: ${messageOf(e)}` });
  }
}
