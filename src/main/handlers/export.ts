/** export.*: a session as CSV (per frame) or JSON, a person's sessions as one CSV (src/shared/export). */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExportFile, SessionSummary } from '../../shared/api';
import {
  personSummariesCsv,
  sessionFrameMetricsAt,
  sessionFramesCsvParts,
  sessionJson,
  type FramesCsvInput,
} from '../../shared/export';
import { ApiError } from '../errors';
import type { ApiHandlers, ServiceContext } from './context';

/** A name as letters, digits and dashes only, so the file name is safe on every system. */
function fileNamePart(text: string, fallback: string): string {
  const safe = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return safe || fallback;
}

/**
 * The CSV built part by part, letting other requests in between: a 10-min session is ~1 s of
 * work that would otherwise hold the main process (the window, recording saves) for all of it.
 */
async function framesCsvFile(fileName: string, input: FramesCsvInput): Promise<ExportFile> {
  const parts: string[] = [];
  for (const part of sessionFramesCsvParts(input)) {
    parts.push(part);
    await nextTurn();
  }
  return { fileName, mimeType: 'text/csv', text: parts.join('') };
}

export function exportHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'export.session' | 'export.person'> {
  function requireSession(id: number): SessionSummary {
    const session = ctx.store().sessions.get(id);
    if (!session) throw new ApiError('not_found', `No session with id ${id}.`);
    return session;
  }

  return {
    'export.session': async ({ id, format, model }): Promise<ExportFile> => {
      const session = requireSession(id);
      const result = model === undefined ? session.results[0] : session.results.find((r) => r.model === model);
      if (!result)
        throw new ApiError(
          'not_found',
          `Session ${id} has no ${model} results (it has: ${session.results.map((r) => r.model).join(', ')}).`,
        );
      const person = ctx.store().people.getOrThrow(session.personId);
      const modelPart = result.model === session.model ? '' : `-${result.model}`;
      const fileName = `retrowalk-${fileNamePart(person.name, 'person')}-${session.startedAt.slice(0, 10)}-${id}${modelPart}.${format}`;
      if (format === 'json')
        return { fileName, mimeType: 'application/json', text: sessionJson(session, result.model) };
      const frames = ctx.store().sessions.frames(id, result.model);
      const metrics = sessionFrameMetricsAt(frames, { width: result.width, height: result.height }, session.heightCm);
      return framesCsvFile(fileName, { frames, metrics });
    },

    'export.person': ({ personId }): ExportFile => {
      const person = ctx.store().people.getOrThrow(personId);
      const sessions = ctx.store().sessions.list(personId).reverse(); // oldest first, as on the progress charts
      const metrics = new Map(sessions.flatMap((s) => (s.metrics ? [[s.id, s.metrics] as const] : [])));
      const fileName = `retrowalk-${fileNamePart(person.name, 'person')}-sessions-${ctx.now().toISOString().slice(0, 10)}.csv`;
      return { fileName, mimeType: 'text/csv', text: personSummariesCsv(person, sessions, metrics) };
    },
  };
}
