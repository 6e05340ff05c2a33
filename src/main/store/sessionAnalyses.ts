/**
 * A session's stored gait analyses (its own result's and each other model's) recomputed from its
 * stored keypoints at the session's height now, with the gait module (the pose model is not run
 * again): after a height correction or a move to someone else, every length they hold (step
 * lengths, knee past toe) is in the session's height, and a session that had none gets cm.
 */
import type Database from 'better-sqlite3';
import type { ModelName } from '../../shared/api';
import { analyzeSession, type GaitAnalysis } from '../../shared/gait';
import type { StoredFrame } from './frameCodec';
import { metricsJson } from './metricsColumn';
import type { SessionRow } from './sessionRows';

type FramesOf = (sessionId: number, model: ModelName) => StoredFrame[];

export function createSessionAnalyses(db: Database.Database, framesOf: FramesOf) {
  const statements = {
    saveOwn:
      db.prepare(`UPDATE sessions SET analysis = @analysis, analysis_height_cm = @heightCm, direction = @direction, metrics = @metrics
                         WHERE id = @id`),
    analysedTracks: db.prepare(
      'SELECT id, model, width, height FROM session_tracks WHERE session_id = ? AND analysis IS NOT NULL ORDER BY id',
    ),
    saveTrack: db.prepare('UPDATE session_tracks SET analysis = @analysis, direction = @direction WHERE id = @id'),
  };

  /**
   * Recomputes the analyses `session` has stored (none for a session still recording, without
   * frames, or whose analysis failed: there is nothing to keep in step). Runs inside the caller's
   * transaction. False when nothing was recomputed.
   */
  function reanalyse(session: SessionRow): boolean {
    if (session.status === 'recording' || session.frame_count === 0) return false;
    const heightCm = session.height_cm;
    // Tracks come from the same video as the session: its frame rate, their own pixel size.
    const analyse = (model: ModelName, width: number, height: number) =>
      analyzeSession({ fps: session.fps, width, height, frames: framesOf(session.id, model) }, { heightCm });
    let recomputed = false;
    // a recording a crash cut off (interrupted) gets the analysis of what it stored
    if (session.analysis !== null || session.status === 'interrupted') {
      const analysis = analyse(session.model as ModelName, session.width, session.height);
      statements.saveOwn.run({
        id: session.id,
        analysis: JSON.stringify(analysis),
        heightCm,
        direction: analysis.direction,
        metrics: metricsJson(analysis, heightCm, heightCm),
      });
      recomputed = true;
    }
    const tracks = statements.analysedTracks.all(session.id) as {
      id: number;
      model: ModelName;
      width: number;
      height: number;
    }[];
    for (const track of tracks) {
      const analysis = analyse(track.model, track.width, track.height);
      statements.saveTrack.run({ id: track.id, analysis: JSON.stringify(analysis), direction: analysis.direction });
      recomputed = true;
    }
    return recomputed;
  }

  /** The session's own analysis from its stored keypoints, in its height (null without frames). */
  function analyseOwn(session: SessionRow): GaitAnalysis | null {
    const frames = framesOf(session.id, session.model as ModelName);
    if (frames.length === 0) return null;
    return analyzeSession(
      { fps: session.fps, width: session.width, height: session.height, frames },
      { heightCm: session.height_cm },
    );
  }

  return { reanalyse, analyseOwn };
}
