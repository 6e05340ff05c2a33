/** progress.get: a person's sessions over time (src/shared/progress) from the stored metrics. */
import { buildProgressReport } from '../../shared/progress';
import type { ApiHandlers, ServiceContext } from './context';

export function progressHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'progress.get'> {
  return {
    'progress.get': ({ personId, variant, direction = 'all', utcOffsetMin }) => {
      ctx.store().people.getOrThrow(personId);
      const points = ctx.store().progress.points(personId, variant);
      return buildProgressReport({ personId, variant, direction, points, now: ctx.now(), utcOffsetMin });
    },
  };
}
