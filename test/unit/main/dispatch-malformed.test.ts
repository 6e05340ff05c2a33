/**
 * A malformed payload is the caller's mistake, answered 4xx with a message: never a 500 (internal
 * error), whichever channel and field it hits. Real services on a temporary data folder; each field
 * of each channel's schema is given values of the wrong type, size or shape, on top of a payload
 * that is otherwise valid (so the handler, not only the schema, sees what passes).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatch, type ApiDispatch } from '../../../src/main/api/dispatch';
import { createServices, type Services } from '../../../src/main/services';
import { apiChannels, apiRequests, type ApiChannel } from '../../../src/shared/api';
import { makeFrames, NEW_SESSION, tempDataDir } from './support';

const data = tempDataDir();
let services: Services;
let dispatch: ApiDispatch;
const internalErrors: unknown[] = [];

beforeAll(() => {
  services = createServices({ dataDir: join(data.dir, 'data'), mode: 'browser' });
  dispatch = createDispatch(services.handlers, (err) => internalErrors.push(err));
});

/** A session being recorded, with a few frames: what the payloads of one channel aim at. */
async function newRecording(): Promise<number> {
  const created = await dispatch('sessions.create', NEW_SESSION);
  if (!created.ok) throw new Error(created.body.error.message);
  const { id } = created.value as { id: number };
  await dispatch('sessions.appendFrames', { id, frames: makeFrames(10) });
  return id;
}
afterAll(() => {
  services.close();
  data.remove();
});

const deep = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

/** Wrong in type, size, range or shape for most fields of most schemas. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 63),
  1e308,
  NaN,
  Infinity,
  '',
  'x',
  'x'.repeat(100_000),
  '../../etc/passwd',
  '\0',
  [],
  [null],
  [1, 'a'],
  {},
  { id: 1 },
  { toString: 'x' },
  new Uint8Array(3),
  deep(1_000_000),
  { segments: 5 },
  { segments: [null] },
  { knee_past_toe: 'x' },
  { steps: null },
];

/** A payload each channel accepts (or refuses for a reason other than its shape), as the base to spoil. */
function validBase(channel: ApiChannel, id: number): Record<string, unknown> {
  const bases: Partial<Record<ApiChannel, Record<string, unknown>>> = {
    'settings.update': { liveModel: 'lightning' },
    'people.create': { name: 'Ada' },
    'people.update': { id: 1, name: 'Ada' },
    'sessions.create': { ...NEW_SESSION },
    'sessions.appendFrames': { id, frames: makeFrames(2) },
    'sessions.finish': { id, durationMs: 1, direction: null, analysis: null },
    'sessions.update': { id, title: 'walk' },
    'progress.get': { personId: 1 },
    'export.session': { id, format: 'csv' },
    'export.person': { personId: 1 },
    'import.uploadBegin': { fileName: 'a.mp4', bytes: 10 },
    'import.uploadChunk': { uploadId: 'x', offset: 0, bytes: new Uint8Array(1) },
    'import.start': { from: 'upload', uploadId: 'x', model: 'lightning' },
    'backup.restore': { from: 'upload', uploadId: 'x' },
    'backup.merge': { from: 'upload', uploadId: 'x' },
    'video.appendChunk': { id, seq: 0, mimeType: 'video/webm', bytes: new Uint8Array(1) },
  };
  return bases[channel] ?? { id };
}

function label(payload: unknown): string {
  try {
    return String(JSON.stringify(payload)).slice(0, 80);
  } catch {
    return '(nested too deep to print)';
  }
}

/** Field names of a channel's schema (every option of a discriminated union). */
function fieldsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodDiscriminatedUnion)
    return [...new Set(schema.options.flatMap((o) => fieldsOf(o as z.ZodType)))];
  return [];
}

describe('malformed payloads through the dispatcher', () => {
  it('every channel answers every malformed payload with 4xx, never an internal error', async () => {
    const served: string[] = [];
    for (const channel of apiChannels) {
      const spoilt: Array<(id: number) => unknown> = BAD_VALUES.map((bad) => () => bad);
      for (const field of fieldsOf(apiRequests[channel])) {
        for (const bad of BAD_VALUES) spoilt.push((id) => ({ ...validBase(channel, id), [field]: bad }));
      }
      let id = await newRecording();
      for (const spoil of spoilt) {
        const payload = spoil(id);
        const outcome = await dispatch(channel, payload);
        // A payload that passes may have finished or deleted the recording: the next one gets a fresh one.
        if (outcome.ok) id = await newRecording();
        else {
          expect(
            outcome.status,
            `${channel} ${label(payload)}: ${outcome.body.error.message.slice(0, 200)}`,
          ).toBeLessThan(500);
        }
        served.push(channel);
      }
    }
    expect(internalErrors).toEqual([]);
    expect(new Set(served).size).toBe(apiChannels.length);
  });
});
