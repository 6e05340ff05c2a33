/**
 * The one typed API between the renderer and the main process's services.
 * Declared once here; transported by Electron IPC (preload) or, in browser mode,
 * by a loopback HTTP server. Every request payload is validated with these zod
 * schemas in the main process, whatever the transport.
 */
import { z } from 'zod';

export const keypointSchema = z.tuple([z.number(), z.number(), z.number()]);
export const poseFrameSchema = z.object({
  t: z.number().finite().nonnegative(),
  keypoints: z.array(keypointSchema).length(17).nullable(),
});

export const modelNameSchema = z.enum(['lightning', 'thunder']);
export type ModelName = z.infer<typeof modelNameSchema>;
export const backendNameSchema = z.enum(['webgl', 'wasm', 'cpu']);
export type BackendName = z.infer<typeof backendNameSchema>;

export const settingsSchema = z.object({
  heightCm: z.number().min(50).max(250).nullable(),
  liveModel: modelNameSchema,
  /** Fastest backend measured on this machine at first start; null until measured. */
  backend: backendNameSchema.nullable(),
  backendTimings: z.record(z.string(), z.number()).nullable(),
  cameraId: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  heightCm: null, liveModel: 'lightning', backend: null, backendTimings: null, cameraId: null,
};

export const sessionSummarySchema = z.object({
  id: z.number().int(),
  startedAt: z.string(), // ISO 8601
  durationMs: z.number().nonnegative(),
  frameCount: z.number().int().nonnegative(),
  model: modelNameSchema,
  status: z.enum(['recording', 'complete', 'interrupted']),
  /** Main direction of the walk as analysed by src/shared/gait, null until analysed. */
  direction: z.string().nullable(),
  videoPath: z.string().nullable(),
  videoBytes: z.number().int().nonnegative().nullable(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The gait module's JSON summary (see src/shared/gait), null until analysed. */
  analysis: z.unknown().nullable(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** Requests: name → zod schema of its payload. Responses are typed in ApiResponses. */
export const apiRequests = {
  'app.info': z.object({}),
  'settings.get': z.object({}),
  'settings.update': settingsSchema.partial(),
  'sessions.list': z.object({}),
  'sessions.get': z.object({ id: z.number().int() }),
  'sessions.frames': z.object({ id: z.number().int() }),
  'sessions.create': z.object({
    startedAt: z.string(),
    model: modelNameSchema,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    fps: z.number().positive().max(240),
  }),
  /** Keypoints streamed while recording, ~1 s per batch; each batch is one transaction. */
  'sessions.appendFrames': z.object({
    id: z.number().int(),
    frames: z.array(poseFrameSchema).max(600),
  }),
  'sessions.finish': z.object({
    id: z.number().int(),
    durationMs: z.number().nonnegative(),
    direction: z.string().nullable(),
    analysis: z.unknown().nullable(),
  }),
  'sessions.delete': z.object({ id: z.number().int() }),
  /** A chunk of the WebM recording (MediaRecorder timeslice), appended in order. */
  'video.appendChunk': z.object({
    id: z.number().int(),
    seq: z.number().int().nonnegative(),
    mimeType: z.string().max(100),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 64 * 1024 * 1024, 'chunk over 64 MiB'),
  }),
} as const;

export type ApiChannel = keyof typeof apiRequests;
export type ApiRequest<C extends ApiChannel> = z.input<(typeof apiRequests)[C]>;

export interface AppInfo {
  mode: 'electron' | 'browser';
  version: string;
  dataDir: string;
  /** Set when the database was damaged at start and a fresh one was made. */
  startupNotice: string | null;
}

export interface ApiResponses {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.update': Settings;
  'sessions.list': SessionSummary[];
  'sessions.get': SessionSummary | null;
  'sessions.frames': { t: number; keypoints: [number, number, number][] | null }[];
  'sessions.create': { id: number };
  'sessions.appendFrames': { stored: number };
  'sessions.finish': SessionSummary;
  'sessions.delete': { deleted: boolean };
  'video.appendChunk': { bytes: number };
}

/** What the renderer sees, whatever the transport. */
export type RetrowalkApi = {
  [C in ApiChannel]: (payload: ApiRequest<C>) => Promise<ApiResponses[C]>;
};

/** Error shape carried across either transport. */
export interface ApiErrorBody {
  error: { code: 'invalid_payload' | 'not_found' | 'disk_full' | 'internal'; message: string };
}

export const IPC_PREFIX = 'retrowalk:';
export const apiChannels = Object.keys(apiRequests) as ApiChannel[];
