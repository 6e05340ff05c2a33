// Runs a TypeScript worker from the sources (tests, `tsx` scripts): the built app runs out/main/part-worker.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
