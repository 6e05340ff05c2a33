/** Pose models that record how long each call takes: the benches' per-call timings. */
import type { PoseModels } from '../src/shared/tracking/types';

/** The same models, pushing each single-pose call's ms to `single` and each scan's to `multi`. */
export function timedModels<Image>(models: PoseModels<Image>, single: number[], multi: number[]): PoseModels<Image> {
  return {
    async detectAll(image) {
      const start = performance.now();
      const poses = await models.detectAll(image);
      multi.push(performance.now() - start);
      return poses;
    },
    async detectOne(image, region) {
      const start = performance.now();
      const pose = await models.detectOne(image, region);
      single.push(performance.now() - start);
      return pose;
    },
    resetSingle: () => models.resetSingle(),
  };
}
