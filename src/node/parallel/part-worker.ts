/**
 * Worker thread entry: answers each PartJob the pool sends with its PartResult. The models stay
 * loaded between parts (one set per model name), so a warm worker starts on frames at once.
 */
import { parentPort } from 'node:worker_threads';
import type { ModelName } from '../../shared/api';
import { loadNodePoseModels, type NodePoseModels } from '../movenet';
import { analysePart } from './analyse-part';
import { scanPart } from './scan-part';
import type { WorkerRequest } from './part-job';

const loaded = new Map<ModelName, Promise<NodePoseModels>>();

function modelsFor(model: ModelName): Promise<NodePoseModels> {
  let models = loaded.get(model);
  if (!models) {
    models = loadNodePoseModels(model);
    loaded.set(model, models);
    // A failed load is retried by the next part (which reports the error).
    models.catch(() => loaded.delete(model));
  }
  return models;
}

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'warm') void modelsFor(request.model).catch(() => {});
  else if (request.type === 'part')
    void analysePart(request.job, modelsFor).then((result) => parentPort!.postMessage(result));
  // Scans use MultiPose only, which every model's set holds: whichever set is loaded already serves.
  else
    void scanPart(request.job, () => loaded.values().next().value ?? modelsFor('lightning')).then((result) =>
      parentPort!.postMessage(result),
    );
});
