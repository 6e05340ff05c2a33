/** Sessions and their keypoint frames in SQLite: prepared statements, one transaction per batch. */
import type Database from 'better-sqlite3';
import type {
  ApiRequest,
  ModelName,
  SessionDetails,
  SessionListItem,
  SessionSummary,
  TrimSpan,
} from '../../shared/api';
import { ApiError } from '../errors';
import { fingerprinter } from './fingerprint';
import { decodeFramesInto, encodeFrames, type FrameInput, type StoredFrame } from './frameCodec';
import { metricsFromStored, metricsJson } from './metricsColumn';
import { createSessionAnalyses } from './sessionAnalyses';
import {
  jsonOrNull,
  SESSION_LIST_COLUMNS,
  toListItem,
  toSummary,
  TRACK_LIST_COLUMNS,
  type SessionListRow,
  type SessionRow,
  type TrackListRow,
  type TrackRow,
} from './sessionRows';

export interface VideoInfo {
  path: string;
  bytes: number;
}

export interface FinishInput {
  durationMs: number;
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
  /**
   * The height the analysis's cm were computed with (null: in shank lengths); when the session's
   * height is another (it changed while the video was analysed) its analyses are recomputed on
   * saving. Omitted: the session's.
   */
  analysedHeightCm?: number | null;
  warnings: string[];
}

export interface ImportedSessionInput extends AnalysedVideo {
  /** Whose session it is; default: the active person. */
  personId?: number;
  startedAt: string;
  fps: number;
  durationMs: number;
  originalName: string;
  video: VideoInfo;
  videoOwned: boolean;
}

/** A session in the trash is deleted for good this long after it was put there. */
export const TRASH_DAYS = 30;

/** What the user may change about a session: its details, and whose it is. */
export type SessionUpdate = Partial<SessionDetails> & { personId?: number; startedAt?: string };

/** Frames per stored batch for imports (a recording's batches are its ~1-s appends). */
const IMPORT_BATCH_FRAMES = 300;

export type SessionStore = ReturnType<typeof createSessionStore>;

/** Who gets a new session when none is named, and whose sessions a list shows by default. */
export interface PersonDefaults {
  /** The active person, made ("Me") when nobody exists yet. */
  forNewSession(): number;
  /** The active person, null when nobody exists. */
  active(): number | null;
}

export function createSessionStore(db: Database.Database, defaults: PersonDefaults) {
  const listColumns = SESSION_LIST_COLUMNS.join(', ');
  const trackListColumns = TRACK_LIST_COLUMNS.map((c) => `t.${c}`).join(', ');
  const statements = {
    // A recording's analysis_height_cm: the height the renderer analyses the take with (its person's when it began).
    insert:
      db.prepare(`INSERT INTO sessions (person_id, height_cm, analysis_height_cm, started_at, model, fps, width, height, status)
                        VALUES (@personId, @heightCm, @heightCm, @startedAt, @model, @fps, @width, @height, 'recording')`),
    get: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    trimOf: db.prepare('SELECT start_s AS startS, end_s AS endS FROM session_trims WHERE session_id = ?'),
    setTrim: db.prepare('INSERT OR REPLACE INTO session_trims (session_id, start_s, end_s) VALUES (?, ?, ?)'),
    clearTrim: db.prepare('DELETE FROM session_trims WHERE session_id = ?'),
    list: db.prepare(
      `SELECT ${listColumns} FROM sessions WHERE person_id = ? AND deleted_at IS NULL ORDER BY started_at DESC, id DESC`,
    ),
    listTrash: db.prepare(
      `SELECT ${listColumns} FROM sessions WHERE person_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`,
    ),
    tracksOfPerson: db.prepare(`SELECT ${trackListColumns} FROM session_tracks t JOIN sessions s ON s.id = t.session_id
                                WHERE s.person_id = ? AND (s.deleted_at IS NOT NULL) = ? ORDER BY t.session_id, t.id`),
    insertBatch: db.prepare('INSERT INTO frame_batches (session_id, frame_count, data) VALUES (?, ?, ?)'),
    advance: db.prepare('UPDATE sessions SET frame_count = frame_count + ?, last_t = ? WHERE id = ?'),
    batches: db
      .prepare('SELECT frame_count, data FROM frame_batches WHERE session_id = ? AND track_id IS NULL ORDER BY id')
      .raw(),
    trackBatches: db.prepare('SELECT frame_count, data FROM frame_batches WHERE track_id = ? ORDER BY id').raw(),
    tracksOf: db.prepare('SELECT * FROM session_tracks WHERE session_id = ? ORDER BY id'),
    insertImported:
      db.prepare(`INSERT INTO sessions (person_id, started_at, duration_ms, model, fps, width, height, status, direction, analysis,
                                  video_path, video_bytes, frame_count, last_t, source, original_name, video_owned, warnings, metrics, height_cm, analysis_height_cm)
                                VALUES (@personId, @startedAt, @durationMs, @model, @fps, @width, @height, 'complete', @direction, @analysis,
                                  @videoPath, @videoBytes, @frameCount, @lastT, 'imported', @originalName, @videoOwned, @warnings, @metrics, @heightCm, @analysedHeightCm)`),
    setVideoPath: db.prepare('UPDATE sessions SET video_path = ? WHERE id = ?'),
    setFingerprint: db.prepare('UPDATE sessions SET fingerprint = ? WHERE id = ?'),
    deleteTrack: db.prepare('DELETE FROM session_tracks WHERE session_id = ? AND model = ?'),
    insertTrack:
      db.prepare(`INSERT INTO session_tracks (session_id, model, created_at, frame_count, width, height, direction, analysis, warnings)
                             VALUES (@sessionId, @model, @createdAt, @frameCount, @width, @height, @direction, @analysis, @warnings)`),
    insertTrackBatch: db.prepare(
      'INSERT INTO frame_batches (session_id, track_id, frame_count, data) VALUES (?, ?, ?, ?)',
    ),
    finish: db.prepare(`UPDATE sessions SET status = 'complete', duration_ms = @durationMs, direction = @direction,
                          analysis = @analysis, metrics = @metrics, analysis_height_cm = @analysedHeightCm, video_path = @videoPath, video_bytes = @videoBytes WHERE id = @id`),
    recordingIds: db.prepare("SELECT id FROM sessions WHERE status = 'recording'"),
    interrupt: db.prepare(`UPDATE sessions SET status = 'interrupted', duration_ms = COALESCE(last_t, 0),
                             video_path = @videoPath, video_bytes = @videoBytes WHERE id = @id`),
    update:
      db.prepare(`UPDATE sessions SET person_id = @personId, height_cm = @heightCm, started_at = @startedAt, title = @title, variant = @variant, load_kg = @loadKg,
                          distance_m = @distanceM, exercise_duration_s = @exerciseDurationS, notes = @notes, tags = @tags WHERE id = @id`),
    setMetrics: db.prepare('UPDATE sessions SET metrics = ? WHERE id = ?'),
    heightOf: db.prepare('SELECT height_cm FROM people WHERE id = ?').pluck(),
    trash: db.prepare('UPDATE sessions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    restore: db.prepare('UPDATE sessions SET deleted_at = NULL WHERE id = ?'),
    trashedBefore: db.prepare('SELECT * FROM sessions WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
    delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
    deleteOwnBatches: db.prepare('DELETE FROM frame_batches WHERE session_id = ? AND track_id IS NULL'),
    replaceOwn:
      db.prepare(`UPDATE sessions SET width = @width, height = @height, direction = @direction, analysis = @analysis, metrics = @metrics,
                              analysis_height_cm = @analysedHeightCm, frame_count = @frameCount, last_t = @lastT, warnings = @warnings WHERE id = @id`),
  };
  const fingerprintOf = fingerprinter(db);

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

  /** The person's height, for lengths in cm; not_found when there is no such person. */
  function heightOf(personId: number): number | null {
    const height = statements.heightOf.get(personId) as number | null | undefined;
    if (height === undefined) throw new ApiError('not_found', `No person with id ${personId}.`);
    return height;
  }

  function summaryOf(found: SessionRow): SessionSummary {
    return toSummary(found, statements.tracksOf.all(found.id) as TrackRow[], trimOf(found.id));
  }

  /** The session's kept part (sessions.trim), null: all of it. */
  function trimOf(id: number): TrimSpan | null {
    return (statements.trimOf.get(id) as TrimSpan | undefined) ?? null;
  }

  /** The keypoints of one of the session's results: its own by default, else the named model's. */
  function framesOf(id: number, model?: ModelName): StoredFrame[] {
    const session = requireRow(id);
    let batches: Iterable<[number, Buffer]>;
    if (model === undefined || model === session.model) {
      batches = statements.batches.iterate(id) as Iterable<[number, Buffer]>;
    } else {
      const track = (statements.tracksOf.all(id) as TrackRow[]).find((t) => t.model === model);
      if (!track)
        throw new ApiError(
          'not_found',
          `Session ${id} has no ${model} results (it has: ${summaryOf(session)
            .results.map((r) => r.model)
            .join(', ')}).`,
        );
      batches = statements.trackBatches.iterate(track.id) as Iterable<[number, Buffer]>;
    }
    const decoded: StoredFrame[] = [];
    for (const [count, data] of batches) decodeFramesInto(decoded, data, count);
    // a trimmed session's analyses and keypoints are its kept part's (frame times in ms)
    const trim = trimOf(id);
    return trim ? decoded.filter((f) => f.t >= trim.startS * 1000 && f.t <= trim.endS * 1000) : decoded;
  }

  const analyses = createSessionAnalyses(db, framesOf);

  function insertBatches(frames: readonly FrameInput[], insert: (count: number, data: Buffer) => void): void {
    for (let i = 0; i < frames.length; i += IMPORT_BATCH_FRAMES) {
      const batch = frames.slice(i, i + IMPORT_BATCH_FRAMES);
      insert(batch.length, encodeFrames(batch));
    }
  }

  const saveImportedTransaction = db.transaction(
    (input: ImportedSessionInput, placeVideo: (id: number) => string): number => {
      const personId = input.personId ?? defaults.forNewSession();
      // The session's height: the person's now (it may have changed while the video was analysed).
      const heightCm = heightOf(personId);
      const analysedHeightCm = input.analysedHeightCm === undefined ? heightCm : input.analysedHeightCm;
      const id = Number(
        statements.insertImported.run({
          personId,
          startedAt: input.startedAt,
          durationMs: input.durationMs,
          model: input.model,
          fps: input.fps,
          width: input.width,
          height: input.height,
          direction: input.direction,
          analysis: jsonOrNull(input.analysis),
          metrics: metricsJson(input.analysis, heightCm, analysedHeightCm),
          heightCm,
          analysedHeightCm,
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
      if (analysedHeightCm !== heightCm) analyses.reanalyse(requireRow(id));
      statements.setFingerprint.run(fingerprintOf(id, input.startedAt), id);
      statements.setVideoPath.run(placeVideo(id), id);
      return id;
    },
  );

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
    // The session's height changed while the video was analysed: its analyses in the height it has now.
    const session = requireRow(id);
    if (result.analysedHeightCm !== undefined && result.analysedHeightCm !== session.height_cm)
      analyses.reanalyse(session);
  });

  /** The session's own keypoints and analysis replaced (the walker chosen again), its other results kept. */
  const replaceOwnTransaction = db.transaction((session: SessionRow, result: AnalysedVideo) => {
    const analysedHeightCm = result.analysedHeightCm === undefined ? session.height_cm : result.analysedHeightCm;
    statements.deleteOwnBatches.run(session.id);
    insertBatches(result.frames, (count, data) => statements.insertBatch.run(session.id, count, data));
    statements.replaceOwn.run({
      id: session.id,
      width: result.width,
      height: result.height,
      direction: result.direction,
      analysis: jsonOrNull(result.analysis),
      metrics: metricsJson(result.analysis, session.height_cm, analysedHeightCm),
      analysedHeightCm,
      frameCount: result.frames.length,
      lastT: result.frames.at(-1)?.t ?? null,
      warnings: JSON.stringify(result.warnings),
    });
    if (analysedHeightCm !== session.height_cm) analyses.reanalyse(requireRow(session.id));
    statements.setFingerprint.run(fingerprintOf(session.id, session.started_at), session.id);
  });

  const appendBatch = db.transaction((id: number, frames: readonly FrameInput[]) => {
    statements.insertBatch.run(id, frames.length, encodeFrames(frames));
    statements.advance.run(frames.length, frames[frames.length - 1].t, id);
  });

  const finishTransaction = db.transaction((session: SessionRow, input: FinishInput) => {
    // The analysis is main's, from the keypoints just stored, in the session's height now: the same
    // function and input as every later re-analysis, so a recording is measured like an import.
    const analysis = analyses.analyseOwn(session);
    statements.finish.run({
      id: session.id,
      durationMs: input.durationMs,
      direction: analysis?.direction ?? null,
      analysis: jsonOrNull(analysis),
      metrics: metricsJson(analysis, session.height_cm, session.height_cm),
      analysedHeightCm: session.height_cm,
      videoPath: input.video?.path ?? null,
      videoBytes: input.video?.bytes ?? null,
    });
    statements.setFingerprint.run(fingerprintOf(session.id, session.started_at), session.id);
  });

  const updateTransaction = db.transaction((id: number, changes: SessionUpdate): void => {
    const current = toSummary(requireRow(id), [], trimOf(id));
    if (current.deletedAt !== null)
      throw new ApiError('conflict', `Session ${id} is in the trash; restore it before changing it.`);
    const next = { ...current, ...definedOnly(changes) };
    const moved = next.personId !== current.personId;
    // Moved: another body, so the new person's height now; not_found for an unknown person, before the foreign key says it less clearly.
    const heightCm = moved ? heightOf(next.personId) : current.heightCm;
    // The load only means something for a sled.
    const loadKg = next.variant === 'sled' ? next.loadKg : null;
    const tags = [...new Set(next.tags)];
    statements.update.run({
      id,
      personId: next.personId,
      heightCm,
      // stored in UTC as every started_at is, so the lists' order by it stays the order in time
      startedAt: new Date(next.startedAt).toISOString(),
      title: next.title || null,
      variant: next.variant,
      loadKg,
      distanceM: next.distanceM,
      exerciseDurationS: next.exerciseDurationS,
      notes: next.notes,
      tags: JSON.stringify(tags),
    });
    if (!moved) return;
    const row = requireRow(id);
    // Another height: its analyses are worked out again in it; else (or with nothing to recompute) its metrics follow the height.
    if (heightCm !== current.heightCm && analyses.reanalyse(row)) return;
    statements.setMetrics.run(metricsFromStored(row.analysis, heightCm, row.analysis_height_cm), id);
  });

  const trimTransaction = db.transaction((id: number, span: TrimSpan | null): void => {
    const session = requireRow(id);
    if (session.status === 'recording') throw new ApiError('conflict', `Session ${id} is still recording.`);
    if (span) statements.setTrim.run(id, span.startS, span.endS);
    else statements.clearTrim.run(id);
    if (span && framesOf(id).length === 0)
      throw new ApiError(
        'invalid_payload',
        `Session ${id} has no keypoints between ${span.startS} s and ${span.endS} s: nothing would be left to analyse.`,
      );
    analyses.reanalyse(requireRow(id));
  });

  /** False for an unknown session (deleted meanwhile) as for one with nothing to recompute. */
  const reanalyseTransaction = db.transaction((id: number): boolean => {
    const found = row(id);
    return found !== undefined && analyses.reanalyse(found);
  });

  return {
    /** A new recording, for `input.personId` or else the active person, with their height now. */
    create(input: ApiRequest<'sessions.create'>): { id: number } {
      const personId = input.personId ?? defaults.forNewSession();
      // The session keeps the person's height now (not_found for an unknown person, before the foreign key says it less clearly).
      const heightCm = heightOf(personId);
      return { id: Number(statements.insert.run({ ...input, personId, heightCm }).lastInsertRowid) };
    },

    appendFrames(id: number, frames: readonly FrameInput[]): { stored: number } {
      const session = assertRecording(id);
      if (frames.length === 0) return { stored: 0 };
      let previous = session.last_t ?? -Infinity;
      for (const [i, f] of frames.entries()) {
        if (f.t < previous) {
          throw new ApiError(
            'invalid_payload',
            `frames[${i}].t = ${f.t} ms goes back in time (previous frame at ${previous} ms); nothing was stored.`,
          );
        }
        previous = f.t;
      }
      appendBatch(id, frames);
      return { stored: frames.length };
    },

    /** Saves the analysis with its progress metrics (in the session's height) and the session's fingerprint. */
    finish(id: number, input: FinishInput): SessionSummary {
      finishTransaction(assertRecording(id), input);
      return summaryOf(requireRow(id));
    },

    get(id: number): SessionSummary | null {
      const found = row(id);
      return found ? summaryOf(found) : null;
    },

    assertRecording,

    /** Names a recording's video file as soon as it is created, so a crash cannot leave it nameless. */
    setRecordingVideo(id: number, path: string): void {
      assertRecording(id);
      statements.setVideoPath.run(path, id);
    },

    /**
     * One person's sessions (default: the active person's), newest first; or their trash, last
     * deleted first. List items: no analysis is read (get() gives the whole session).
     */
    list(
      personId: number | undefined = defaults.active() ?? undefined,
      options: { trash: boolean } = { trash: false },
    ): SessionListItem[] {
      if (personId === undefined) return [];
      heightOf(personId); // not_found for an unknown person
      const tracks = new Map<number, TrackListRow[]>();
      for (const t of statements.tracksOfPerson.all(personId, options.trash ? 1 : 0) as TrackListRow[]) {
        tracks.set(t.session_id, [...(tracks.get(t.session_id) ?? []), t]);
      }
      const rows = (options.trash ? statements.listTrash : statements.list).all(personId) as SessionListRow[];
      return rows.map((r) => toListItem(r, tracks.get(r.id) ?? []));
    },

    /** The keypoints of one of the session's results: its own by default, else the named model's. */
    frames: framesOf,

    /**
     * Saves an imported video's session in one transaction. `placeVideo(id)` runs inside it, once
     * the id is known, and moves the video to its final place (returning its path): if anything
     * fails, no session, frame or result remains; placeVideo's caller removes what it moved.
     */
    saveImported(input: ImportedSessionInput, placeVideo: (id: number) => string): SessionSummary {
      const id = saveImportedTransaction(input, placeVideo);
      return summaryOf(requireRow(id));
    },

    /**
     * Recomputes the session's stored analyses from its keypoints at its height now, in one
     * transaction; false when there was nothing to recompute (or no such session).
     */
    reanalyse(id: number): boolean {
      return reanalyseTransaction(id);
    },

    /** Keeps `span` of the session (null: all of it) and analyses it again, in one transaction. */
    trim(id: number, span: TrimSpan | null): SessionSummary {
      trimTransaction(id, span);
      return summaryOf(requireRow(id));
    },

    /** Saves (or replaces) the session's result for `result.model`, beside its other results, in one transaction. */
    saveResult(id: number, result: AnalysedVideo): SessionSummary {
      const session = requireRow(id);
      if (result.model === session.model) {
        throw new ApiError(
          'invalid_payload',
          `Session ${id}'s own results are already ${result.model}'s; its other results can be replaced, not its own.`,
        );
      }
      saveResultTransaction(id, result);
      return summaryOf(requireRow(id));
    },

    /** Replaces the session's own result (keypoints, analysis, warnings) in one transaction: the walker was chosen again. */
    replaceOwnResult(id: number, result: AnalysedVideo): SessionSummary {
      const session = requireRow(id);
      if (result.model !== session.model)
        throw new ApiError(
          'invalid_payload',
          `Session ${id}'s own results are ${session.model}'s, not ${result.model}'s.`,
        );
      if (session.status === 'recording') throw new ApiError('invalid_payload', `Session ${id} is still recording.`);
      replaceOwnTransaction(session, result);
      return summaryOf(requireRow(id));
    },

    /**
     * Edits the session's details; a new personId moves it, and it takes the new person's height:
     * its stored analyses are recomputed in it (sessionAnalyses.ts), in the same transaction.
     */
    update(id: number, changes: SessionUpdate): SessionSummary {
      updateTransaction(id, changes);
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
          statements.setFingerprint.run(fingerprintOf(id, requireRow(id).started_at), id);
        }
      })();
      return ids;
    },

    /** Moves a session to the trash; false when it already was there. */
    trash(id: number, now: Date): boolean {
      const session = requireRow(id);
      if (session.status === 'recording')
        throw new ApiError('conflict', `Session ${id} is still recording; stop the recording first.`);
      return statements.trash.run(now.toISOString(), id).changes > 0;
    },

    restore(id: number): SessionSummary {
      requireRow(id);
      statements.restore.run(id);
      return summaryOf(requireRow(id));
    },

    /** Sessions put in the trash more than TRASH_DAYS before `now`. */
    expiredTrash(now: Date): SessionSummary[] {
      const before = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
      return (statements.trashedBefore.all(before) as SessionRow[]).map((r) => toSummary(r, [], trimOf(r.id)));
    },

    /** Deletes the session with its frames and results for good. */
    delete(id: number): boolean {
      return statements.delete.run(id).changes > 0;
    },
  };
}

/** The fields of a partial update that were given (undefined means "keep"). */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}
