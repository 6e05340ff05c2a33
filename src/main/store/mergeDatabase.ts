/**
 * Merging another Retrowalk database (a backup from another computer) into this one: every session
 * outside its trash whose fingerprint is not here yet comes over with its frames and results; its
 * person is matched by name, or created. Videos stay behind: a backup holds none, and a path it
 * names (a video imported by reference there) is not trusted here.
 */
import type { Person } from '../../shared/api';
import { fingerprinter } from './fingerprint';
import { metricsFromStored } from './metricsColumn';
import { migrate } from './migrations';
import { goalsOf, type GoalColumns } from './peopleStore';
import { connect, type OpenDatabaseOptions } from './openDatabase';
import { SESSION_DETAIL_COLUMNS, type SessionRow, type TrackRow } from './sessionRows';
import type { Stores } from './stores';

export interface MergeResult {
  imported: number;
  skipped: number;
  peopleCreated: number;
  /** Added sessions whose video was a file outside Retrowalk's folder, named by path: no longer linked. */
  videosDropped: number;
}

interface OtherPerson extends GoalColumns {
  id: number;
  name: string;
  height_cm: number | null;
  birth_year: number | null;
  kids_mode: number;
}

/** Session columns copied as they are; the rest is decided here (id, person, video, metrics). */
const COPIED = [
  'started_at',
  'duration_ms',
  'model',
  'fps',
  'width',
  'height',
  'direction',
  'frame_count',
  'last_t',
  'source',
  'original_name',
  ...SESSION_DETAIL_COLUMNS,
  'warnings',
  'analysis',
  'analysis_height_cm',
  'height_cm', // the session's own height, the one it was filmed at, whoever holds its person's name here
] as const;

/** `staged`: a checked private copy of the other database, brought to this schema version here. */
export function mergeDatabase(stores: Stores, staged: string, sqlite: OpenDatabaseOptions): MergeResult {
  const other = connect(staged, sqlite);
  try {
    migrate(other);
  } finally {
    other.close();
  }
  const { db } = stores;
  db.prepare('ATTACH DATABASE ? AS other').run(staged);
  try {
    return db.transaction(() => copySessions(stores))();
  } finally {
    db.prepare('DETACH DATABASE other').run();
  }
}

function copySessions({ db, people }: Stores): MergeResult {
  const otherFingerprint = fingerprinter(db, 'other');
  const sessions = db
    .prepare('SELECT * FROM other.sessions WHERE deleted_at IS NULL ORDER BY started_at, id')
    .all() as SessionRow[];
  const otherPeople = new Map(
    (
      db
        .prepare(
          `SELECT id, name, height_cm, birth_year, goal_knee_past_toe, goal_knee_past_toe_unit, goal_backward_min_week, kids_mode
        FROM other.people`,
        )
        .all() as OtherPerson[]
    ).map((p) => [p.id, p]),
  );
  const known = db.prepare('SELECT 1 FROM main.sessions WHERE fingerprint = ?').pluck();
  const insertSession =
    db.prepare(`INSERT INTO main.sessions (person_id, status, video_path, video_bytes, video_owned, metrics, fingerprint, ${COPIED.join(', ')})
    VALUES (@personId, @status, @videoPath, @videoBytes, @videoOwned, @metrics, @fingerprint, ${COPIED.map((c) => '@' + c).join(', ')})`);
  const copyOwnBatches = db.prepare(`INSERT INTO main.frame_batches (session_id, frame_count, data)
    SELECT ?, frame_count, data FROM other.frame_batches WHERE session_id = ? AND track_id IS NULL ORDER BY id`);
  const copyTrim = db.prepare(`INSERT INTO main.session_trims (session_id, start_s, end_s)
    SELECT ?, start_s, end_s FROM other.session_trims WHERE session_id = ?`);
  const tracksOf = db.prepare('SELECT * FROM other.session_tracks WHERE session_id = ? ORDER BY id');
  const insertTrack =
    db.prepare(`INSERT INTO main.session_tracks (session_id, model, created_at, frame_count, width, height, direction, analysis, warnings)
    VALUES (@sessionId, @model, @created_at, @frame_count, @width, @height, @direction, @analysis, @warnings)`);
  const copyTrackBatches = db.prepare(`INSERT INTO main.frame_batches (session_id, track_id, frame_count, data)
    SELECT ?, ?, frame_count, data FROM other.frame_batches WHERE track_id = ? ORDER BY id`);

  const personHere = new Map<number, Person>();
  const result: MergeResult = { imported: 0, skipped: 0, peopleCreated: 0, videosDropped: 0 };
  function localPerson(otherId: number): Person {
    const cached = personHere.get(otherId);
    if (cached) return cached;
    const source = otherPeople.get(otherId)!;
    let person = people.byName(source.name);
    if (!person) {
      person = people.create({
        name: source.name,
        heightCm: source.height_cm,
        birthYear: source.birth_year,
        goals: goalsOf(source),
        kidsMode: source.kids_mode === 1,
      });
      result.peopleCreated++;
    }
    personHere.set(otherId, person);
    return person;
  }

  for (const session of sessions) {
    const fingerprint = session.fingerprint ?? otherFingerprint(session.id, session.started_at);
    if (known.get(fingerprint)) {
      result.skipped++;
      continue;
    }
    const person = localPerson(session.person_id);
    // Retrowalk's own video copies stayed on the other computer; a path to a video referenced in
    // place could name any file here (a crafted backup: /etc/passwd), so it is not kept either.
    if (session.source === 'imported' && session.video_owned === 0 && session.video_path !== null)
      result.videosDropped++;
    const copied = Object.fromEntries(COPIED.map((c) => [c, session[c]]));
    const id = Number(
      insertSession.run({
        ...copied,
        personId: person.id,
        status: session.status === 'recording' ? 'interrupted' : session.status,
        videoPath: null,
        videoBytes: null,
        videoOwned: 1,
        metrics: metricsFromStored(session.analysis, session.height_cm, session.analysis_height_cm),
        fingerprint,
      }).lastInsertRowid,
    );
    copyOwnBatches.run(id, session.id);
    copyTrim.run(id, session.id);
    for (const track of tracksOf.all(session.id) as TrackRow[]) {
      const { model, created_at, frame_count, width, height, direction, analysis, warnings } = track;
      const trackId = Number(
        insertTrack.run({ sessionId: id, model, created_at, frame_count, width, height, direction, analysis, warnings })
          .lastInsertRowid,
      );
      copyTrackBatches.run(id, trackId, track.id);
    }
    result.imported++;
  }
  return result;
}
