/** Session and track rows as SQLite holds them, and their API shapes. */
import type { ModelName, SessionListItem, SessionResult, SessionSummary, TrimSpan, Variant } from '../../shared/api';
import { parseMetrics } from './metricsColumn';

export interface SessionRow {
  id: number;
  person_id: number;
  started_at: string;
  deleted_at: string | null;
  variant: Variant;
  title: string | null;
  metrics: string | null;
  status: SessionSummary['status'];
  duration_ms: number;
  model: string;
  fps: number;
  width: number;
  height: number;
  direction: string | null;
  frame_count: number;
  last_t: number | null;
  video_path: string | null;
  video_bytes: number | null;
  source: SessionSummary['source'];
  original_name: string | null;
  video_owned: number;
  load_kg: number | null;
  distance_m: number | null;
  exercise_duration_s: number | null;
  notes: string;
  tags: string;
  fingerprint: string | null;
  warnings: string | null;
  analysis: string | null;
  /** The session's height: its person's when it was filmed (or moved to them); its lengths are in it. */
  height_cm: number | null;
  /** The height the analysis's lengths in cm were computed with. */
  analysis_height_cm: number | null;
}

export interface TrackRow {
  id: number;
  session_id: number;
  model: string;
  created_at: string;
  frame_count: number;
  width: number;
  height: number;
  direction: string | null;
  analysis: string | null;
  warnings: string | null;
}

/** The details the user gives a session (the details form), stored as given. */
export const SESSION_DETAIL_COLUMNS = [
  'variant',
  'title',
  'load_kg',
  'distance_m',
  'exercise_duration_s',
  'notes',
  'tags',
] as const satisfies readonly (keyof SessionRow)[];

/**
 * The session columns a list reads: every one but the analysis (and what only the store uses), so
 * listing never reads an analysis; it is the table's last column, and SQLite stops before it.
 */
export const SESSION_LIST_COLUMNS = [
  'id',
  'person_id',
  'started_at',
  'deleted_at',
  'metrics',
  'status',
  'duration_ms',
  'model',
  'width',
  'height',
  'direction',
  'frame_count',
  'video_path',
  'video_bytes',
  'source',
  'original_name',
  'video_owned',
  ...SESSION_DETAIL_COLUMNS,
  'warnings',
  'height_cm',
] as const satisfies readonly (keyof SessionRow)[];
export type SessionListRow = Pick<SessionRow, (typeof SESSION_LIST_COLUMNS)[number]>;

/** The track columns a list reads: all but the analysis. */
export const TRACK_LIST_COLUMNS = [
  'id',
  'session_id',
  'model',
  'frame_count',
  'width',
  'height',
  'direction',
  'warnings',
] as const satisfies readonly (keyof TrackRow)[];
export type TrackListRow = Pick<TrackRow, (typeof TRACK_LIST_COLUMNS)[number]>;

export const jsonOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);
const parseOrNull = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** The result columns a session row (its own result) and a track row (a re-analysis) share, but the analysis. */
type ResultInfoColumns = Pick<TrackRow, 'model' | 'frame_count' | 'width' | 'height' | 'direction' | 'warnings'>;
type ResultInfo = Omit<SessionResult, 'analysis'>;

function resultInfo(row: ResultInfoColumns): ResultInfo {
  return {
    model: row.model as ModelName,
    frameCount: row.frame_count,
    width: row.width,
    height: row.height,
    direction: row.direction,
    warnings: (parseOrNull(row.warnings) as string[] | null) ?? [],
  };
}

function trackResult(row: ResultInfoColumns & Pick<TrackRow, 'analysis'>): SessionResult {
  return { ...resultInfo(row), analysis: parseOrNull(row.analysis) };
}

/** What a session's summary and its list item share. */
function sessionFields(row: SessionListRow): Omit<SessionSummary, 'analysis' | 'results' | 'trim'> {
  return {
    id: row.id,
    personId: row.person_id,
    startedAt: row.started_at,
    deletedAt: row.deleted_at,
    durationMs: row.duration_ms,
    frameCount: row.frame_count,
    model: row.model as ModelName,
    status: row.status,
    direction: row.direction,
    videoPath: row.video_path,
    videoBytes: row.video_bytes,
    width: row.width,
    height: row.height,
    source: row.source,
    originalName: row.original_name,
    videoOwned: row.video_owned !== 0,
    title: row.title,
    variant: row.variant,
    loadKg: row.load_kg,
    distanceM: row.distance_m,
    exerciseDurationS: row.exercise_duration_s,
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
    heightCm: row.height_cm,
  };
}

/** `trim`: the session's kept part (session_trims), which lists leave out. */
export function toSummary(row: SessionRow, tracks: readonly TrackRow[], trim: TrimSpan | null): SessionSummary {
  const own = trackResult(row);
  return {
    ...sessionFields(row),
    analysis: own.analysis,
    results: [own, ...tracks.map(trackResult)],
    trim,
  };
}

export function toListItem(row: SessionListRow, tracks: readonly TrackListRow[]): SessionListItem {
  return {
    ...sessionFields(row),
    results: [resultInfo(row), ...tracks.map(resultInfo)],
    metrics: row.metrics === null ? null : parseMetrics(row.metrics),
  };
}
