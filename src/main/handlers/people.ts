/** people.* and settings.*: who walks, and who is active. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError, toApiError } from '../errors';
import type { ApiHandlers, ServiceContext } from './context';

export function peopleHandlers(
  ctx: ServiceContext,
): Pick<
  ApiHandlers,
  'settings.get' | 'settings.update' | 'people.list' | 'people.create' | 'people.update' | 'people.delete'
> {
  // settings.personId as the handlers resolve it: null or someone deleted means the first person.
  const settingsNow = () => ({ ...ctx.store().settings.get(), personId: ctx.store().activePerson()?.id ?? null });
  return {
    'settings.get': settingsNow,
    'settings.update': (changes) => {
      if (changes.personId !== undefined && changes.personId !== null) ctx.store().people.getOrThrow(changes.personId);
      ctx.store().settings.update(changes);
      return settingsNow();
    },
    'people.list': () => ctx.store().people.list(),
    'people.create': (fields) => ctx.store().people.create(fields),
    'people.update': async (request) => {
      const { person, sessionsWithNewHeight } = ctx.store().people.update(request);
      // A correction: each session's analyses again in the new height, letting other requests in
      // between (hundreds of sessions, 0.1-0.3 s each, would otherwise hold the main process).
      for (const [done, id] of sessionsWithNewHeight.entries()) {
        await nextTurn();
        try {
          ctx.store().sessions.reanalyse(id);
        } catch (err) {
          const cause = toApiError(err);
          const why =
            cause.code === 'disk_full'
              ? 'the disk holding the Retrowalk data folder is full'
              : cause.message.replace(/\.$/, '');
          const left = sessionsWithNewHeight.length - done;
          throw new ApiError(
            cause.code,
            `${person.name}'s height is saved, but ${left} of their sessions still show lengths in the old height: ${why}.`,
          );
        }
      }
      return person;
    },
    'people.delete': ({ id }) => ({ deleted: ctx.store().people.delete(id) }),
  };
}
