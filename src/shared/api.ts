/**
 * The one typed API between the renderer and the main process's services.
 * Declared once here; transported by Electron IPC (preload) or, in browser mode,
 * by a loopback HTTP server. Every request payload is validated with these zod
 * schemas in the main process, whatever the transport.
 */
import { z } from 'zod';
import { CUE_GROUPS } from './coaching/cues';
import { DEFAULT_STEP_COUNT_EVERY } from './coaching/constants';
import type { GaitAnalysis } from './gait/types';
import { DEFAULT_STOP_AFTER_STILL_S, STOP_AFTER_STILL_RANGE_S } from './hands-free/constants';
import type { ProgressReport, SessionMetrics } from './progress/types';

export const keypointSchema = z.tuple([z.number(), z.number(), z.number()]);
export const poseFrameSchema = z.object({
  t: z.number().finite().nonnegative(),
  keypoints: z.array(keypointSchema).length(17).nullable(),
});

export const modelNameSchema = z.enum(['lightning', 'thunder']);
export type ModelName = z.infer<typeof modelNameSchema>;
export const backendNameSchema = z.enum(['webgpu', 'webgl', 'wasm', 'cpu']);
export type BackendName = z.infer<typeof backendNameSchema>;

export const heightCmSchema = z.number().min(50).max(250);
/** What a person's new height is for: all their sessions (a correction) or new ones only (they grew). */
export const heightAppliesSchema = z.enum(['all', 'from-now']);
export type HeightApplies = z.infer<typeof heightAppliesSchema>;

/** The audio coach: how loud, which voice, which cues, and the target a step's chime is for. */
export const coachingSettingsSchema = z.object({
  muted: z.boolean(),
  /** 0 (silent) to 1 (full). */
  volume: z.number().min(0).max(1),
  /** A SpeechSynthesisVoice.voiceURI; null: the system's default voice. */
  voiceURI: z.string().max(512).nullable(),
  cues: z.array(z.enum(CUE_GROUPS)).max(CUE_GROUPS.length),
  stepCountEvery: z.number().int().min(2).max(100),
  /** A step chimes when its knee passes the toes by at least this many cm (with a height; otherwise 0 applies). */
  kneePastToeTargetCm: z.number().min(-20).max(40),
});
export type CoachingSettings = z.infer<typeof coachingSettingsSchema>;

export const settingsSchema = z.object({
  /** The person being filmed (people.list); sessions recorded or imported belong to them. */
  personId: z.number().int().nullable(),
  liveModel: modelNameSchema,
  /** Fastest backend measured on this machine at first start; null until measured. */
  backend: backendNameSchema.nullable(),
  backendTimings: z
    .record(z.string().max(20), z.number())
    .refine((timings) => Object.keys(timings).length <= 8, 'at most 8 backends')
    .nullable(),
  /** A MediaDeviceInfo.deviceId (64 hex digits in Chromium). */
  cameraId: z.string().max(512).nullable(),
  /** Hands-free recording: takes start and stop by themselves while the live screen is armed. */
  handsFree: z.boolean(),
  /** Seconds of countdown before a take started by hand (R or the button). */
  countdownSeconds: z.number().int().min(0).max(10),
  /** Standing still this long (s) ends a hands-free take. */
  stopAfterStillS: z.number().min(STOP_AFTER_STILL_RANGE_S[0]).max(STOP_AFTER_STILL_RANGE_S[1]),
  coaching: coachingSettingsSchema,
  /** How lengths, heights, loads and distances are written and read; stored values stay metric. */
  units: z.enum(['metric', 'imperial']),
  /** The first-run filming guide was dismissed with Done; until then the live screen shows it. */
  guideSeen: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  personId: null,
  liveModel: 'lightning',
  backend: null,
  backendTimings: null,
  cameraId: null,
  handsFree: false,
  countdownSeconds: 3,
  stopAfterStillS: DEFAULT_STOP_AFTER_STILL_S,
  coaching: {
    muted: false,
    volume: 0.8,
    voiceURI: null,
    cues: [...CUE_GROUPS],
    stepCountEvery: DEFAULT_STEP_COUNT_EVERY,
    kneePastToeTargetCm: 0,
  },
  units: 'metric',
  guideSeen: false,
};

/** A target for a leg's knee past the toes, in cm (needs a height) or degrees (docs/metrics.md "Goals"). */
export const kneePastToeGoalSchema = z
  .object({ value: z.number().finite(), unit: z.enum(['cm', 'deg']) })
  .superRefine((goal, ctx) => {
    const max = goal.unit === 'cm' ? 50 : 60;
    if (goal.value < 0 || goal.value > max)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `A knee-past-toes target is 0 to ${goal.unit === 'cm' ? '50 cm' : '60°'}.`,
      });
  });
export type KneePastToeGoal = z.infer<typeof kneePastToeGoalSchema>;

/** A person's goals; null: no goal of that kind. */
export const personGoalsSchema = z.object({
  kneePastToe: kneePastToeGoalSchema.nullable(),
  /** Minutes walked backward per week (ISO week, Monday first). */
  backwardMinPerWeek: z.number().min(1, 'A weekly goal is at least 1 minute').max(10_080).nullable(),
});
export type PersonGoals = z.infer<typeof personGoalsSchema>;
export const NO_GOALS: PersonGoals = { kneePastToe: null, backwardMinPerWeek: null };

/**
 * Someone who walks: an adult or a child sharing the computer. Their height now gives lengths in cm
 * to new sessions; each session keeps its own (SessionSummary.heightCm).
 */
export const personSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  heightCm: heightCmSchema.nullable(),
  birthYear: z.number().int().nullable(),
  createdAt: z.string(),
  /** Sessions not in the trash. */
  sessionCount: z.number().int().nonnegative(),
  goals: personGoalsSchema,
  /** Plain words, stars and a step counter on the result card and live readouts (renderer/src/kids). */
  kidsMode: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;
const personFields = {
  name: z.string().trim().min(1, 'A name is needed').max(60),
  heightCm: heightCmSchema.nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  goals: personGoalsSchema,
  kidsMode: z.boolean(),
};

/** How the backward walk was done: on the flat, uphill, on a switched-off treadmill, pulling a sled. */
export const variantSchema = z.enum(['flat', 'uphill', 'treadmill-off', 'sled']);
export type Variant = z.infer<typeof variantSchema>;

/** What the user tells about a session; everything else is measured. */
export const sessionDetailsSchema = z.object({
  /** Shown instead of the date when set. */
  title: z.string().trim().max(120).nullable(),
  variant: variantSchema,
  /** Sled load in kg; only kept for the sled variant. */
  loadKg: z.number().min(0).max(500).nullable(),
  /** Distance walked in metres, as the user measured it. */
  distanceM: z.number().min(0).max(100_000).nullable(),
  /** Duration of the exercise in seconds, as the user timed it (the recording may be shorter). */
  exerciseDurationS: z.number().min(0).max(86_400).nullable(),
  notes: z.string().max(10_000),
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
});
export type SessionDetails = z.infer<typeof sessionDetailsSchema>;

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

const walkDirectionSchema = z.enum(['backward', 'forward', 'mixed', 'standing', 'unknown']);
const bySideSchema = z.object({ left: z.number().nullable(), right: z.number().nullable() });
const analysisShape = z.looseObject({
  direction: walkDirectionSchema,
  segments: z
    .array(
      z.object({
        start_s: z.number(),
        end_s: z.number(),
        direction: z.enum(['backward', 'forward', 'standing', 'turning', 'unknown']),
      }),
    )
    .max(100_000),
  steps: z.looseObject({ count: z.number().int().nonnegative() }),
  cadence_spm: z.number().nullable(),
  symmetry: z.looseObject({ step_time_si_pct: z.number().nullable() }),
  knee: z.looseObject({ rom_deg: bySideSchema }),
  knee_past_toe: z.looseObject({ peak_angle_deg: bySideSchema, peak: bySideSchema, unit: z.enum(['cm', 'shank']) }),
  balance: z.looseObject({ score: z.number().nullable() }),
});
/**
 * A stored analysis (src/shared/gait's GaitAnalysis, always computed by main): the parts the
 * progress numbers and the screens read are checked before a screen trusts one.
 */
export const gaitAnalysisSchema = z.custom<GaitAnalysis>().superRefine((value, ctx) => {
  for (const issue of analysisShape.safeParse(value).error?.issues ?? [])
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

/** The part of a session kept for its analyses, in seconds of its frame times (PoseFrame.t / 1000). */
export const trimSpanSchema = z
  .object({ startS: z.number().finite().nonnegative(), endS: z.number().finite().nonnegative() })
  .refine((span) => span.endS > span.startS, { message: 'The end of the kept part must come after its start.' });
export type TrimSpan = z.infer<typeof trimSpanSchema>;

export const sessionSummarySchema = z
  .object({
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
    personId: z.number().int(),
    /** Set when the session is in the trash (ISO 8601); it is deleted for good 30 days later. */
    deletedAt: z.string().nullable(),
    /**
     * The height its lengths in cm use: its person's when it was filmed (or moved to them), so a
     * child's earlier sessions keep the height they had; null: lengths in shank lengths.
     */
    heightCm: heightCmSchema.nullable(),
    /** The kept part (sessions.trim): its keypoints alone are analysed and given (sessions.frames); null: all. */
    trim: trimSpanSchema.nullable(),
  })
  .extend(sessionDetailsSchema.shape);
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/**
 * A session as sessions.list gives it: its summary without any analysis (a list of 1,000 would
 * carry ~54 MiB of them), plus the compact progress numbers stored with it. sessions.get gives
 * the whole session.
 */
export const sessionListItemSchema = sessionSummarySchema.omit({ analysis: true, results: true, trim: true }).extend({
  /** Every result's model, size, direction and warnings, as in `results`, without its analysis. */
  results: z.array(sessionResultSchema.omit({ analysis: true })),
  /** Progress numbers (src/shared/progress) in the session's height (`heightCm`); null until analysed. */
  metrics: z.custom<SessionMetrics>().nullable(),
});
export type SessionListItem = z.infer<typeof sessionListItemSchema>;

/** Largest video file that can be imported. */
export const MAX_IMPORT_BYTES = 4 * 1024 ** 3;
/** Largest upload chunk (import.uploadChunk). */
export const IMPORT_CHUNK_BYTES = 8 * 1024 * 1024;

/** Requests: name → zod schema of its payload. Responses are typed in ApiResponses. */
export const apiRequests = {
  'app.info': z.object({}),
  'settings.get': z.object({}),
  'settings.update': settingsSchema.partial(),
  'people.list': z.object({}),
  'people.create': z.object({
    ...personFields,
    heightCm: personFields.heightCm.default(null),
    birthYear: personFields.birthYear.default(null),
    /** Default: no goals, kids mode off. */
    goals: personFields.goals.optional(),
    kidsMode: personFields.kidsMode.optional(),
  }),
  /**
   * `heightApplies` says what a new height means: 'all' (a correction, the default) gives it to every
   * one of their sessions too; 'from-now' (they grew) keeps each session's own, for new sessions only.
   */
  'people.update': z
    .object({ id: z.number().int(), ...personFields, heightApplies: heightAppliesSchema.default('all') })
    .partial({ name: true, heightCm: true, birthYear: true, goals: true, kidsMode: true }),
  /** Refused (conflict) while the person has sessions, in the trash included: move or delete them first. */
  'people.delete': z.object({ id: z.number().int() }),
  /** One person's sessions (default: the active person's), or their trash. */
  'sessions.list': z.object({ personId: z.number().int().optional(), trash: z.boolean().default(false) }),
  'sessions.get': z.object({ id: z.number().int() }),
  /** A session's keypoints; `model` picks one of its results (default: its own, results[0]). */
  'sessions.frames': z.object({ id: z.number().int(), model: modelNameSchema.optional() }),
  'sessions.create': z.object({
    /** Default: the active person (settings.personId). */
    personId: z.number().int().optional(),
    startedAt: z.iso.datetime({ offset: true }),
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
  /** Closes a recording; main analyses its stored keypoints (the one analysis every screen shows). */
  'sessions.finish': z.object({
    id: z.number().int(),
    durationMs: z.number().nonnegative(),
  }),
  /** Edits what the user tells about a session; `personId` moves it to another person. */
  'sessions.update': sessionDetailsSchema.partial().extend({
    id: z.number().int(),
    personId: z.number().int().optional(),
    /** When the walk began, as the user corrects it (a recording's clock was wrong, an old video). */
    startedAt: z.iso
      .datetime({ offset: true, error: 'A date and time with its offset, e.g. 2026-04-01T09:00:00Z' })
      .optional(),
  }),
  /**
   * Keeps only the span of a session's keypoints (frame times in s) for every analysis of it, and
   * analyses it again; null keeps all of it again. Nothing is deleted: the keypoints outside are kept.
   */
  'sessions.trim': z.object({ id: z.number().int(), span: trimSpanSchema.nullable() }),
  /** Moves a session to the trash (restorable for 30 days). */
  'sessions.delete': z.object({ id: z.number().int() }),
  'sessions.restore': z.object({ id: z.number().int() }),
  /** Deletes a session in the trash for good, with Retrowalk's copy of its video. */
  'sessions.purge': z.object({ id: z.number().int() }),
  /** A person's progress over time (src/shared/progress), optionally one variant only. */
  'progress.get': z.object({
    personId: z.number().int(),
    variant: variantSchema.nullable().default(null),
    /**
     * Backward walks, forward ones, or every session (when left out; the Progress screen asks for
     * 'backward' first). Bests and trend are per direction: an 'all' view's are its backward walks'.
     */
    direction: z.enum(['backward', 'forward', 'all']).optional(),
    /** The user's clock: minutes east of UTC (-Date.getTimezoneOffset()), so weeks and "4 weeks ago" follow local dates. */
    utcOffsetMin: z.number().int().min(-900).max(900).default(0),
  }),
  /** A session as a file: `csv` one row per frame (time, keypoints, every per-frame metric), `json` summary + steps. */
  'export.session': z.object({
    id: z.number().int(),
    format: z.enum(['csv', 'json']),
    model: modelNameSchema.optional(),
  }),
  /** All of a person's sessions as one CSV of summaries, one row per session. */
  'export.person': z.object({ personId: z.number().int() }),
  /**
   * Copies the whole database (SQLite online backup) into the data folder's `backups/`; the file is
   * then downloaded from BACKUP_URL_PREFIX + fileName (either transport). Videos are not included.
   */
  'backup.create': z.object({}),
  /**
   * Replaces the database by a backup (uploaded with import.uploadBegin/Chunk, or a path in desktop
   * mode) once `PRAGMA integrity_check` passes and it is a Retrowalk database; the replaced one is
   * kept beside it. Refused (bad_file) for anything else, and nothing changes.
   */
  'backup.restore': z.discriminatedUnion('from', [
    z.object({ from: z.literal('upload'), uploadId: z.string().min(1).max(64) }),
    z.object({ from: z.literal('path'), path: z.string().min(1).max(4096) }),
  ]),
  /**
   * Adds the sessions of a backup made on another computer to this database; sessions already here
   * (same fingerprint: start time + keypoints) are skipped, people are matched by name.
   */
  'backup.merge': z.discriminatedUnion('from', [
    z.object({ from: z.literal('upload'), uploadId: z.string().min(1).max(64) }),
    z.object({ from: z.literal('path'), path: z.string().min(1).max(4096) }),
  ]),
  /** Desktop only: prints the current window (a report) to a PDF file the user picks. */
  'report.savePdf': z.object({ suggestedName: z.string().min(1).max(200) }),
  /** A chunk of the WebM recording (about a second of it), appended in order. */
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
    z.object({
      from: z.literal('upload'),
      uploadId: z.string().min(1).max(64),
      model: modelNameSchema,
      personId: z.number().int().optional(),
    }),
    z.object({
      from: z.literal('path'),
      path: z.string().min(1).max(4096),
      keep: z.enum(['copy', 'reference']),
      model: modelNameSchema,
      personId: z.number().int().optional(),
    }),
  ]),
  /** A job's state; cheap, meant to be polled (~4×/s). Jobs of import.start and sessions.reanalyse alike. */
  'import.status': z.object({ jobId: z.string().min(1).max(64) }),
  /** Cancels a queued or running job: nothing of it is saved. Answers the job's status. */
  'import.cancel': z.object({ jobId: z.string().min(1).max(64) }),
  /**
   * Analyses a session's video again with `model` (a job, as import.start), kept beside its other
   * results; it follows the person the session's own keypoints follow.
   */
  'sessions.reanalyse': z.object({ id: z.number().int(), model: modelNameSchema }),
  /** Everyone the multi-person model finds in the session's video frame nearest `t` (ms), for choosing the walker. */
  'sessions.people': z.object({ id: z.number().int(), t: z.number().finite().nonnegative() }),
  /**
   * Analyses the session's `model` result again (a job) following the person clicked at (x, y) in
   * the frame at `t` (ms; pixels of sessions.people's frame), tracked forward and backward from there.
   */
  'sessions.chooseWalker': z.object({
    id: z.number().int(),
    model: modelNameSchema,
    t: z.number().finite().nonnegative(),
    x: z.number().finite(),
    y: z.number().finite(),
  }),
} as const;

export type ApiChannel = keyof typeof apiRequests;
export type ApiRequest<C extends ApiChannel> = z.input<(typeof apiRequests)[C]>;

export type ImportJobState = 'queued' | 'probing' | 'analysing' | 'saving' | 'done' | 'failed' | 'cancelled';

export interface ImportStatus {
  jobId: string;
  kind: 'import' | 'reanalyse' | 'choose-walker';
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

/** A file made for the user to save (export.*). */
export interface ExportFile {
  fileName: string;
  mimeType: 'text/csv' | 'application/json';
  text: string;
}

export interface BackupFile {
  fileName: string;
  bytes: number;
  sessions: number;
  people: number;
}

/** Where backups are downloaded from: over HTTP in browser mode, app:// in the desktop app. */
export const BACKUP_URL_PREFIX = '/backups/';

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
  'people.list': Person[];
  'people.create': Person;
  'people.update': Person;
  'people.delete': { deleted: boolean };
  'sessions.list': SessionListItem[];
  'sessions.get': SessionSummary | null;
  'sessions.frames': { t: number; keypoints: [number, number, number][] | null }[];
  'sessions.create': { id: number };
  'sessions.appendFrames': { stored: number };
  'sessions.finish': SessionSummary;
  'sessions.update': SessionSummary;
  'sessions.trim': SessionSummary;
  'sessions.delete': { deleted: boolean };
  'sessions.restore': SessionSummary;
  'sessions.purge': { deleted: boolean };
  'progress.get': ProgressReport;
  'export.session': ExportFile;
  'export.person': ExportFile;
  'backup.create': BackupFile;
  /**
   * videosDropped: sessions whose stored video path led outside the data folder's videos/, now
   * without a video; notice: video files moved to videos/orphaned/ or back (null: none).
   */
  'backup.restore': {
    sessions: number;
    people: number;
    previousKeptAs: string;
    videosDropped: number;
    notice: string | null;
  };
  'backup.merge': { imported: number; skipped: number; peopleCreated: number; videosDropped: number };
  'report.savePdf': { saved: boolean; path: string | null };
  'video.appendChunk': { bytes: number };
  'import.uploadBegin': { uploadId: string; chunkBytes: number };
  'import.uploadChunk': { received: number; complete: boolean };
  'import.uploadAbort': { aborted: boolean };
  'import.start': { jobId: string };
  'import.status': ImportStatus;
  'import.cancel': ImportStatus;
  'sessions.reanalyse': { jobId: string };
  /** width, height: the frame's pixel space (the people's keypoints and chooseWalker's x, y); t: the frame's time (ms). */
  'sessions.people': { t: number; width: number; height: number; people: [number, number, number][][] };
  'sessions.chooseWalker': { jobId: string };
}

/** What the renderer sees, whatever the transport. */
export type RetrowalkApi = {
  [C in ApiChannel]: (payload: ApiRequest<C>) => Promise<ApiResponses[C]>;
};

/** Error shape carried across either transport. */
export interface ApiErrorBody {
  /** conflict: refused in the current state (e.g. a person who still has sessions); bad_file: an unusable file (e.g. a damaged backup). */
  error: {
    code: 'invalid_payload' | 'not_found' | 'conflict' | 'bad_file' | 'disk_full' | 'internal';
    message: string;
  };
}

export const IPC_PREFIX = 'retrowalk:';
export const apiChannels = Object.keys(apiRequests) as ApiChannel[];
