/** tfjs on its WASM backend in Node (no tfjs-node): SIMD, single-threaded. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let ready: Promise<void> | null = null;

/** Selects the WASM backend once per process; later calls share the same promise. */
export function useWasmBackend(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
    setWasmPaths(join(dist, 'dist') + '/');
    // Threads give nothing on 2 cores and spawn workers that keep Node alive.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs WASM backend failed to start');
    await tf.ready();
  })();
  return ready;
}

export { tf };
