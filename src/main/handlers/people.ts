/** people.* and settings.*: who walks, and who is active. */
import type { ApiHandlers, ServiceContext } from './context';

export function peopleHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'settings.get' | 'settings.update' | 'people.list' | 'people.create' | 'people.update' | 'people.delete'> {
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
    'people.update': (request) => ctx.store().people.update(request),
    'people.delete': ({ id }) => ({ deleted: ctx.store().people.delete(id) }),
  };
}
