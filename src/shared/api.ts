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

/** One analysis of a session's video by one model (a session keeps one per model). */
export const sessionResultSchema = z.object({
  model: modelNameSchema,
  frameCount: z.number().int().nonnegative(),
  /** The keypoints' pixel space (the video upright, maybe scaled down): scale by the video's size / this. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  direction: z.string().nullable(),
  /** The gait module's GaitAnalysis (src/shared/gait), null until analysed. */
  analysis: z.unknown().nullable(),
  /** Things the user should know about this result, one sentence each (e.g. several people in view). */
  warnings: z.array(z.string()),
});
export type SessionResult = z.infer<typeof sessionResultSchema>;

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
  /** Recorded live by the app, or imported from a video file. */
  source: z.enum(['recorded', 'imported']),
  /** The imported file's name as the user had it (null for recordings). */
  originalName: z.string().nullable(),
  /** True: the video is Retrowalk's own copy (deleted with the session); false: the user's file, referenced in place. */
  videoOwned: z.boolean(),
  /**
   * Every analysis kept for this session, one per model: results[0] is the session's own (the
   * fields above: `model`, `frameCount`, `analysis`...), later ones come from sessions.reanalyse.
   */
  results: z.array(sessionResultSchema),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** Largest video file that can be imported. */
export const MAX_IMPORT_BYTES = 4 * 1024 ** 3;
/** Largest upload chunk (import.uploadChunk). */
export const IMPORT_CHUNK_BYTES = 8 * 1024 * 1024;

/** Requests: name → zod schema of its payload. Responses are typed in ApiResponses. */
export const apiRequests = {
  'app.info': z.object({}),
  'settings.get': z.object({}),
  'settings.update': settingsSchema.partial(),
  'sessions.list': z.object({}),
  'sessions.get': z.object({ id: z.number().int() }),
  /** A session's keypoints; `model` picks one of its results (default: its own, results[0]). */
  'sessions.frames': z.object({ id: z.number().int(), model: modelNameSchema.optional() }),
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
  /**
   * Browser mode's way to import: the file is uploaded in chunks to a temporary file in the data
   * folder (so it is always copied; a browser cannot hand over a path). Files over
   * MAX_IMPORT_BYTES, or larger than the data folder's free space, are refused here.
   */
  'import.uploadBegin': z.object({ fileName: z.string().min(1).max(255), bytes: z.number().int().nonnegative() }),
  /** A chunk at `offset` (the bytes received so far); over HTTP the body is the raw bytes, like video.appendChunk. */
  'import.uploadChunk': z.object({
    uploadId: z.string().min(1).max(64),
    offset: z.number().int().nonnegative(),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= IMPORT_CHUNK_BYTES, 'chunk over 8 MiB'),
  }),
  /** Drops an upload that will not be imported (its temporary file is deleted). */
  'import.uploadAbort': z.object({ uploadId: z.string().min(1).max(64) }),
  /**
   * Starts analysing a video into a new session (a job; poll import.status). `from: 'upload'`: a
   * complete upload. `from: 'path'` (desktop mode only: the preload's pathForFile gives the path):
   * `keep: 'copy'` copies the file into the data folder, `'reference'` uses it where it is.
   */
  'import.start': z.discriminatedUnion('from', [
    z.object({ from: z.literal('upload'), uploadId: z.string().min(1).max(64), model: modelNameSchema }),
    z.object({ from: z.literal('path'), path: z.string().min(1).max(4096), keep: z.enum(['copy', 'reference']), model: modelNameSchema }),
  ]),
  /** A job's state; cheap, meant to be polled (~4×/s). Jobs of import.start and sessions.reanalyse alike. */
  'import.status': z.object({ jobId: z.string().min(1).max(64) }),
  /** Cancels a queued or running job: nothing of it is saved. Answers the job's status. */
  'import.cancel': z.object({ jobId: z.string().min(1).max(64) }),
  /** Analyses a session's video again with `model` (a job, as import.start), kept beside its other results. */
  'sessions.reanalyse': z.object({ id: z.number().int(), model: modelNameSchema }),
} as const;

export type ApiChannel = keyof typeof apiRequests;
export type ApiRequest<C extends ApiChannel> = z.input<(typeof apiRequests)[C]>;

export type ImportJobState = 'queued' | 'probing' | 'analysing' | 'saving' | 'done' | 'failed' | 'cancelled';

export interface ImportStatus {
  jobId: string;
  kind: 'import' | 'reanalyse';
  model: ModelName;
  /** The video's file name, for display. */
  fileName: string;
  state: ImportJobState;
  framesDone: number;
  /** null until the video is probed (or when its container does not say). */
  framesTotal: number | null;
  /** Seconds left, from the speed so far; null until it can be estimated. */
  etaS: number | null;
  /** failed: what went wrong, one line for the user; otherwise what is happening, or null. */
  message: string | null;
  /** done: things the user should know about the result (also stored with it). */
  warnings: string[];
  /** done: the new (import) or re-analysed session. */
  sessionId: number | null;
}

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
  'import.uploadBegin': { uploadId: string; chunkBytes: number };
  'import.uploadChunk': { received: number; complete: boolean };
  'import.uploadAbort': { aborted: boolean };
  'import.start': { jobId: string };
  'import.status': ImportStatus;
  'import.cancel': ImportStatus;
  'sessions.reanalyse': { jobId: string };
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
