/** Worker side: switch tfjs to the requested backend, WASM from the app's own bundled binaries. */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// registers the WebGPU backend (it starts only where the browser has a GPU adapter)
import '@tensorflow/tfjs-backend-webgpu';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import type { BackendName } from '../../../shared/api';

/** Resolves with whether WASM runs with SIMD (false for other backends). */
export async function switchBackend(backend: BackendName, simd: boolean): Promise<boolean> {
  if (backend === 'wasm') {
    // Threads give nothing on 2 cores and break minified builds: always the single-threaded build.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (!simd) tf.env().set('WASM_HAS_SIMD_SUPPORT', false);
    // setWasmPaths wants all three binaries named; the threaded one is never loaded.
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
    });
  }
  if (!(await tf.setBackend(backend))) throw new Error(`the ${backend} backend cannot start in this browser`);
  await tf.ready();
  return backend === 'wasm' && (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true;
}
