/** Sessions and their keypoint frames in SQLite: prepared statements, one transaction per batch. */
import type Database from 'better-sqlite3';
import type { ApiRequest, ModelName, SessionSummary } from '../../shared/api';
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

function toSummary(row: SessionRow): SessionSummary {
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
    analysis: row.analysis === null ? null : JSON.parse(row.analysis),
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
    batches: db.prepare('SELECT frame_count, data FROM frame_batches WHERE session_id = ? ORDER BY id').raw(),
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
        analysis: input.analysis === null || input.analysis === undefined ? null : JSON.stringify(input.analysis),
        videoPath: input.video?.path ?? null,
        videoBytes: input.video?.bytes ?? null,
      });
      return toSummary(requireRow(id));
    },

    get(id: number): SessionSummary | null {
      const found = row(id);
      return found ? toSummary(found) : null;
    },

    assertRecording,

    list(): SessionSummary[] {
      return (statements.list.all() as SessionRow[]).map(toSummary);
    },

    frames(id: number): StoredFrame[] {
      requireRow(id);
      const frames: StoredFrame[] = [];
      for (const [count, data] of statements.batches.iterate(id) as Iterable<[number, Buffer]>) decodeFramesInto(frames, data, count);
      return frames;
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
