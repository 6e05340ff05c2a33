/** Sessions and their keypoint frames in SQLite: prepared statements, one transaction per batch. */
import type Database from 'better-sqlite3';
import type { ApiRequest, ModelName, SessionResult, SessionSummary } from '../../shared/api';
import { ApiError } from '../errors';
import { decodeFramesInto, encodeFrames, type FrameInput, type StoredFrame } from './frameCodec';

interface SessionRow {
  id: number;
  started_at: string;
  duration_ms: number;
  model: string;
  fps: number;
  width: number;
  height: number;
  status: SessionSummary['status'];
  direction: string | null;
  analysis: string | null;
  video_path: string | null;
  video_bytes: number | null;
  frame_count: number;
  last_t: number | null;
  source: SessionSummary['source'];
  original_name: string | null;
  video_owned: number;
  warnings: string | null;
}

interface TrackRow {
  id: number;
  session_id: number;
  model: string;
  frame_count: number;
  width: number;
  height: number;
  direction: string | null;
  analysis: string | null;
  warnings: string | null;
}

export interface VideoInfo {
  path: string;
  bytes: number;
}

export interface FinishInput {
  durationMs: number;
  direction: string | null;
  analysis: unknown;
  video: VideoInfo | null;
}

/** A finished analysis of a video: what an import or a re-analysis saves. */
export interface AnalysedVideo {
  model: ModelName;
  /** The keypoints' pixel space. */
  width: number;
  height: number;
  frames: readonly FrameInput[];
  direction: string | null;
  analysis: unknown;
  warnings: string[];
}

export interface ImportedSessionInput extends AnalysedVideo {
  startedAt: string;
  fps: number;
  durationMs: number;
  originalName: string;
  video: VideoInfo;
  videoOwned: boolean;
}

/** Frames per stored batch for imports (a recording's batches are its ~1-s appends). */
const IMPORT_BATCH_FRAMES = 300;

const jsonOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
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

function toSummary(row: SessionRow, tracks: readonly TrackRow[]): SessionSummary {
  const own = trackResult(row);
  return {
    id: row.id,
    startedAt: row.started_at,
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
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(db: Database.Database) {
  const statements = {
    insert: db.prepare(`INSERT INTO sessions (started_at, model, fps, width, height, status)
                        VALUES (@startedAt, @model, @fps, @width, @height, 'recording')`),
    get: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    list: db.prepare('SELECT * FROM sessions ORDER BY started_at DESC, id DESC'),
    insertBatch: db.prepare('INSERT INTO frame_batches (session_id, frame_count, data) VALUES (?, ?, ?)'),
    advance: db.prepare('UPDATE sessions SET frame_count = frame_count + ?, last_t = ? WHERE id = ?'),
    batches: db.prepare('SELECT frame_count, data FROM frame_batches WHERE session_id = ? AND track_id IS NULL ORDER BY id').raw(),
    trackBatches: db.prepare('SELECT frame_count, data FROM frame_batches WHERE track_id = ? ORDER BY id').raw(),
    tracksOf: db.prepare('SELECT * FROM session_tracks WHERE session_id = ? ORDER BY id'),
    allTracks: db.prepare('SELECT * FROM session_tracks ORDER BY session_id, id'),
    insertImported: db.prepare(`INSERT INTO sessions (started_at, duration_ms, model, fps, width, height, status, direction, analysis,
                                  video_path, video_bytes, frame_count, last_t, source, original_name, video_owned, warnings)
                                VALUES (@startedAt, @durationMs, @model, @fps, @width, @height, 'complete', @direction, @analysis,
                                  @videoPath, @videoBytes, @frameCount, @lastT, 'imported', @originalName, @videoOwned, @warnings)`),
    setVideoPath: db.prepare('UPDATE sessions SET video_path = ? WHERE id = ?'),
    deleteTrack: db.prepare('DELETE FROM session_tracks WHERE session_id = ? AND model = ?'),
    insertTrack: db.prepare(`INSERT INTO session_tracks (session_id, model, created_at, frame_count, width, height, direction, analysis, warnings)
                             VALUES (@sessionId, @model, @createdAt, @frameCount, @width, @height, @direction, @analysis, @warnings)`),
    insertTrackBatch: db.prepare('INSERT INTO frame_batches (session_id, track_id, frame_count, data) VALUES (?, ?, ?, ?)'),
    finish: db.prepare(`UPDATE sessions SET status = 'complete', duration_ms = @durationMs, direction = @direction,
                          analysis = @analysis, video_path = @videoPath, video_bytes = @videoBytes WHERE id = @id`),
    recordingIds: db.prepare("SELECT id FROM sessions WHERE status = 'recording'"),
    interrupt: db.prepare(`UPDATE sessions SET status = 'interrupted', duration_ms = COALESCE(last_t, 0),
                             video_path = @videoPath, video_bytes = @videoBytes WHERE id = @id`),
    delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
  };

  function row(id: number): SessionRow | undefined {
    return statements.get.get(id) as SessionRow | undefined;
  }

  function requireRow(id: number): SessionRow {
    const found = row(id);
    if (!found) throw new ApiError('not_found', `No session with id ${id}.`);
    return found;
  }

  /** Throws not_found for an unknown session and invalid_payload for one no longer recording. */
  function assertRecording(id: number): SessionRow {
    const found = requireRow(id);
    if (found.status !== 'recording') {
      throw new ApiError('invalid_payload', `Session ${id} is ${found.status}; it no longer accepts recorded data.`);
    }
    return found;
  }

  function summaryOf(found: SessionRow): SessionSummary {
    return toSummary(found, statements.tracksOf.all(found.id) as TrackRow[]);
  }

  function insertBatches(frames: readonly FrameInput[], insert: (count: number, data: Buffer) => void): void {
    for (let i = 0; i < frames.length; i += IMPORT_BATCH_FRAMES) {
      const batch = frames.slice(i, i + IMPORT_BATCH_FRAMES);
      insert(batch.length, encodeFrames(batch));
    }
  }

  const saveImportedTransaction = db.transaction((input: ImportedSessionInput, placeVideo: (id: number) => string): number => {
    const id = Number(
      statements.insertImported.run({
        startedAt: input.startedAt,
        durationMs: input.durationMs,
        model: input.model,
        fps: input.fps,
        width: input.width,
        height: input.height,
        direction: input.direction,
        analysis: jsonOrNull(input.analysis),
        videoPath: input.video.path,
        videoBytes: input.video.bytes,
        frameCount: input.frames.length,
        lastT: input.frames.at(-1)?.t ?? null,
        originalName: input.originalName,
        videoOwned: input.videoOwned ? 1 : 0,
        warnings: JSON.stringify(input.warnings),
      }).lastInsertRowid,
    );
    insertBatches(input.frames, (count, data) => statements.insertBatch.run(id, count, data));
    statements.setVideoPath.run(placeVideo(id), id);
    return id;
  });

  const saveResultTransaction = db.transaction((id: number, result: AnalysedVideo) => {
    statements.deleteTrack.run(id, result.model);
    const trackId = Number(
      statements.insertTrack.run({
        sessionId: id,
        model: result.model,
        createdAt: new Date().toISOString(),
        frameCount: result.frames.length,
        width: result.width,
        height: result.height,
        direction: result.direction,
        analysis: jsonOrNull(result.analysis),
        warnings: JSON.stringify(result.warnings),
      }).lastInsertRowid,
    );
    insertBatches(result.frames, (count, data) => statements.insertTrackBatch.run(id, trackId, count, data));
  });

  const appendBatch = db.transaction((id: number, frames: readonly FrameInput[]) => {
    statements.insertBatch.run(id, frames.length, encodeFrames(frames));
    statements.advance.run(frames.length, frames[frames.length - 1].t, id);
  });

  return {
    create(input: ApiRequest<'sessions.create'>): { id: number } {
      return { id: Number(statements.insert.run(input).lastInsertRowid) };
    },

    appendFrames(id: number, frames: readonly FrameInput[]): { stored: number } {
      const session = assertRecording(id);
      if (frames.length === 0) return { stored: 0 };
      let previous = session.last_t ?? -Infinity;
      for (const [i, f] of frames.entries()) {
        if (f.t < previous) {
          throw new ApiError('invalid_payload', `frames[${i}].t = ${f.t} ms goes back in time (previous frame at ${previous} ms); nothing was stored.`);
        }
        previous = f.t;
      }
      appendBatch(id, frames);
      return { stored: frames.length };
    },

    finish(id: number, input: FinishInput): SessionSummary {
      assertRecording(id);
      statements.finish.run({
        id,
        durationMs: input.durationMs,
        direction: input.direction,
        analysis: jsonOrNull(input.analysis),
        videoPath: input.video?.path ?? null,
        videoBytes: input.video?.bytes ?? null,
      });
      return summaryOf(requireRow(id));
    },

    get(id: number): SessionSummary | null {
      const found = row(id);
      return found ? summaryOf(found) : null;
    },

    assertRecording,

    list(): SessionSummary[] {
      const tracks = new Map<number, TrackRow[]>();
      for (const t of statements.allTracks.all() as TrackRow[]) tracks.set(t.session_id, [...(tracks.get(t.session_id) ?? []), t]);
      return (statements.list.all() as SessionRow[]).map((r) => toSummary(r, tracks.get(r.id) ?? []));
    },

    /** The keypoints of one of the session's results: its own by default, else the named model's. */
    frames(id: number, model?: ModelName): StoredFrame[] {
      const session = requireRow(id);
      let batches: Iterable<[number, Buffer]>;
      if (model === undefined || model === session.model) {
        batches = statements.batches.iterate(id) as Iterable<[number, Buffer]>;
      } else {
        const track = (statements.tracksOf.all(id) as TrackRow[]).find((t) => t.model === model);
        if (!track) throw new ApiError('not_found', `Session ${id} has no ${model} results (it has: ${summaryOf(session).results.map((r) => r.model).join(', ')}).`);
        batches = statements.trackBatches.iterate(track.id) as Iterable<[number, Buffer]>;
      }
      const frames: StoredFrame[] = [];
      for (const [count, data] of batches) decodeFramesInto(frames, data, count);
      return frames;
    },

    /**
     * Saves an imported video's session in one transaction. `placeVideo(id)` runs inside it, once
     * the id is known, and moves the video to its final place (returning its path): if anything
     * fails, no session, frame or result remains; placeVideo's caller removes what it moved.
     */
    saveImported(input: ImportedSessionInput, placeVideo: (id: number) => string): SessionSummary {
      const id = saveImportedTransaction(input, placeVideo);
      return summaryOf(requireRow(id));
    },

    /** Saves (or replaces) the session's result for `result.model`, beside its other results, in one transaction. */
    saveResult(id: number, result: AnalysedVideo): SessionSummary {
      const session = requireRow(id);
      if (result.model === session.model) {
        throw new ApiError('invalid_payload', `Session ${id}'s own results are already ${result.model}'s; its other results can be replaced, not its own.`);
      }
      saveResultTransaction(id, result);
      return summaryOf(requireRow(id));
    },

    /**
     * Sessions left 'recording' by a crash become 'interrupted', keeping their frames; their duration
     * is the last stored frame's time. `videoOf` tells what remains of each one's video file.
     */
    interruptUnfinished(videoOf: (id: number) => VideoInfo | null): number[] {
      const ids = (statements.recordingIds.all() as { id: number }[]).map((r) => r.id);
      db.transaction(() => {
        for (const id of ids) {
          const video = videoOf(id);
          statements.interrupt.run({ id, videoPath: video?.path ?? null, videoBytes: video?.bytes ?? null });
        }
      })();
      return ids;
    },

    delete(id: number): boolean {
      return statements.delete.run(id).changes > 0;
    },
  };
}
