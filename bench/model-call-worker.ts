/**
 * Bench worker: times the bare single-pose model call (no decoding, cropping, tracking or scans)
 * on one thread, as an import worker makes it. Several of these at once show what the model alone
 * allows on this machine's cores: no import pipeline can beat that ceiling.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ModelName } from '../src/shared/api';
import { fileModelHandler, modelJsonPath } from '../src/node/model-files';
import { tf, useWasmBackend } from '../src/node/tf-wasm';

const { model, calls, warmUp } = workerData as { model: ModelName; calls: number; warmUp: number };
const size = model === 'thunder' ? 256 : 192;

await useWasmBackend();
const graph = await tf.loadGraphModel(
  fileModelHandler(modelJsonPath(model === 'thunder' ? 'movenet-thunder' : 'movenet-lightning')),
);
// The values do not change the kernels' work; a fixed pattern keeps runs comparable.
const crop = Int32Array.from({ length: size * size * 3 }, (_, i) => (i * 7) % 256);

async function call(): Promise<void> {
  const output = tf.tidy(() => graph.execute(tf.tensor4d(crop, [1, size, size, 3], 'int32')) as tf.Tensor);
  await output.data();
  output.dispose();
}

for (let i = 0; i < warmUp; i++) await call();
// Start together: the parent releases every worker at once so their timed calls overlap.
parentPort!.postMessage({ type: 'ready' });
await new Promise((resolve) => parentPort!.once('message', resolve));
const times: number[] = [];
for (let i = 0; i < calls; i++) {
  const start = performance.now();
  await call();
  times.push(performance.now() - start);
}
parentPort!.postMessage({ type: 'done', times });
graph.dispose();
