/** Session and track rows as SQLite holds them, and their API shapes. */
import type { ModelName, SessionResult, SessionSummary, Variant } from '../../shared/api';

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

export const jsonOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
const parseOrNull = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** The result columns a session row (its own result) and a track row (a re-analysis) share. */
type ResultColumns = Pick<TrackRow, 'model' | 'frame_count' | 'width' | 'height' | 'direction' | 'analysis' | 'warnings'>;

function trackResult(row: ResultColumns): SessionResult {
  return {
    model: row.model as ModelName,
    frameCount: row.frame_count,
    width: row.width,
    height: row.height,
    direction: row.direction,
    analysis: parseOrNull(row.analysis),
    warnings: (parseOrNull(row.warnings) as string[] | null) ?? [],
  };
}

export function toSummary(row: SessionRow, tracks: readonly TrackRow[]): SessionSummary {
  const own = trackResult(row);
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
    analysis: own.analysis,
    source: row.source,
    originalName: row.original_name,
    videoOwned: row.video_owned !== 0,
    results: [own, ...tracks.map(trackResult)],
    title: row.title,
    variant: row.variant,
    loadKg: row.load_kg,
    distanceM: row.distance_m,
    exerciseDurationS: row.exercise_duration_s,
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
  };
}
