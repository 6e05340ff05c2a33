/** Worker thread entry: analyses the PartJob in workerData and posts back its PartResult. */
import { parentPort, workerData } from 'node:worker_threads';
import { analysePart } from './analyse-part';
import type { PartJob } from './part-job';

parentPort!.postMessage(await analysePart(workerData as PartJob));
