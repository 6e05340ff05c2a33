/** People who walk: name, height and birth year; every session belongs to one. */
import type Database from 'better-sqlite3';
import { NO_GOALS, type ApiRequest, type Person, type PersonGoals } from '../../shared/api';
import { ApiError } from '../errors';
import { metricsFromStored } from './metricsColumn';

interface PersonRow {
  id: number;
  name: string;
  height_cm: number | null;
  birth_year: number | null;
  created_at: string;
  session_count: number;
  goal_knee_past_toe: number | null;
  goal_knee_past_toe_unit: 'cm' | 'deg' | null;
  goal_backward_min_week: number | null;
  kids_mode: number;
}

export interface PersonFields {
  name: string;
  heightCm: number | null;
  birthYear: number | null;
  /** Default: none (a person merged from a backup, or made for a first recording). */
  goals?: PersonGoals;
  kidsMode?: boolean;
}

/** The name of the person made when a session needs one and nobody exists yet. */
export const DEFAULT_PERSON_NAME = 'Me';

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  heightCm: row.height_cm,
  birthYear: row.birth_year,
  createdAt: row.created_at,
  sessionCount: row.session_count,
  goals: goalsOf(row),
  kidsMode: row.kids_mode === 1,
});

/** The goal columns of a people row (this database's or a merged backup's). */
export type GoalColumns = Pick<PersonRow, 'goal_knee_past_toe' | 'goal_knee_past_toe_unit' | 'goal_backward_min_week'>;

export function goalsOf(row: GoalColumns): PersonGoals {
  return {
    kneePastToe:
      row.goal_knee_past_toe !== null && row.goal_knee_past_toe_unit !== null
        ? { value: row.goal_knee_past_toe, unit: row.goal_knee_past_toe_unit }
        : null,
    backwardMinPerWeek: row.goal_backward_min_week,
  };
}

/** A person's fields as the people table's named parameters. */
const toRow = (fields: PersonFields) => {
  const goals = fields.goals ?? NO_GOALS;
  return {
    name: fields.name,
    heightCm: fields.heightCm,
    birthYear: fields.birthYear,
    goalKneePastToe: goals.kneePastToe?.value ?? null,
    goalKneePastToeUnit: goals.kneePastToe?.unit ?? null,
    goalBackwardMinWeek: goals.backwardMinPerWeek,
    kidsMode: fields.kidsMode ? 1 : 0,
  };
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** An edited person, and which of their sessions took a new height (a correction). */
export interface PersonUpdate {
  person: Person;
  sessionsWithNewHeight: number[];
}

export type PeopleStore = ReturnType<typeof createPeopleStore>;

export function createPeopleStore(db: Database.Database) {
  const selectPeople = `SELECT p.*, (SELECT COUNT(*) FROM sessions s WHERE s.person_id = p.id AND s.deleted_at IS NULL) AS session_count FROM people p`;
  const statements = {
    list: db.prepare(`${selectPeople} ORDER BY p.id`),
    get: db.prepare(`${selectPeople} WHERE p.id = ?`),
    first: db.prepare(`${selectPeople} ORDER BY p.id LIMIT 1`),
    byName: db.prepare(`${selectPeople} WHERE p.name = ? COLLATE NOCASE`),
    insert: db.prepare(
      `INSERT INTO people (name, height_cm, birth_year, created_at, goal_knee_past_toe, goal_knee_past_toe_unit,
         goal_backward_min_week, kids_mode)
       VALUES (@name, @heightCm, @birthYear, @createdAt, @goalKneePastToe, @goalKneePastToeUnit, @goalBackwardMinWeek, @kidsMode)`,
    ),
    update: db.prepare(
      `UPDATE people SET name = @name, height_cm = @heightCm, birth_year = @birthYear, goal_knee_past_toe = @goalKneePastToe,
         goal_knee_past_toe_unit = @goalKneePastToeUnit, goal_backward_min_week = @goalBackwardMinWeek, kids_mode = @kidsMode
       WHERE id = @id`,
    ),
    delete: db.prepare('DELETE FROM people WHERE id = ?'),
    sessionCounts: db.prepare(
      'SELECT COUNT(*) AS total, COUNT(deleted_at) AS trashed FROM sessions WHERE person_id = ?',
    ),
    analysesOf: db.prepare(
      'SELECT id, height_cm, analysis, analysis_height_cm FROM sessions WHERE person_id = ? ORDER BY id',
    ),
    setHeightAndMetrics: db.prepare('UPDATE sessions SET height_cm = ?, metrics = ? WHERE id = ?'),
  };

  function get(id: number): Person | null {
    const row = statements.get.get(id) as PersonRow | undefined;
    return row ? toPerson(row) : null;
  }

  function getOrThrow(id: number): Person {
    const person = get(id);
    if (!person) throw new ApiError('not_found', `No person with id ${id}.`);
    return person;
  }

  function byName(name: string): Person | null {
    const row = statements.byName.get(name) as PersonRow | undefined;
    return row ? toPerson(row) : null;
  }

  function assertNameFree(name: string, exceptId: number | null): void {
    const holder = byName(name);
    if (holder && holder.id !== exceptId)
      throw new ApiError('conflict', `There is already a person called ${holder.name}; choose another name.`);
  }

  /**
   * A correction: every session of theirs, the trash included, takes the height, and its metrics
   * follow at once. Returns the sessions whose height changed: their stored analyses are still in
   * the old one until the caller recomputes them (sessionStore.reanalyse), one at a time.
   */
  function setEverySessionHeight(personId: number, heightCm: number | null): number[] {
    const changed: number[] = [];
    for (const row of statements.analysesOf.all(personId) as {
      id: number;
      height_cm: number | null;
      analysis: string | null;
      analysis_height_cm: number | null;
    }[]) {
      if (row.height_cm === heightCm) continue;
      statements.setHeightAndMetrics.run(
        heightCm,
        metricsFromStored(row.analysis, heightCm, row.analysis_height_cm),
        row.id,
      );
      changed.push(row.id);
    }
    return changed;
  }

  const update = db.transaction((request: ApiRequest<'people.update'>): PersonUpdate => {
    const current = getOrThrow(request.id);
    const next: PersonFields = {
      name: request.name ?? current.name,
      heightCm: request.heightCm === undefined ? current.heightCm : request.heightCm,
      birthYear: request.birthYear === undefined ? current.birthYear : request.birthYear,
      goals: request.goals ?? current.goals,
      kidsMode: request.kidsMode ?? current.kidsMode,
    };
    assertNameFree(next.name, current.id);
    statements.update.run({ id: current.id, ...toRow(next) });
    // 'from-now' (they grew): sessions keep the height they were filmed at; new ones take this one.
    const applies = request.heightApplies ?? 'all';
    const sessionsWithNewHeight =
      next.heightCm !== current.heightCm && applies === 'all' ? setEverySessionHeight(current.id, next.heightCm) : [];
    return { person: getOrThrow(current.id), sessionsWithNewHeight };
  });

  return {
    list: (): Person[] => (statements.list.all() as PersonRow[]).map(toPerson),
    get,
    getOrThrow,
    byName,
    /** The person with the lowest id: who is active when nobody was chosen. */
    first(): Person | null {
      const row = statements.first.get() as PersonRow | undefined;
      return row ? toPerson(row) : null;
    },

    create(fields: PersonFields): Person {
      assertNameFree(fields.name, null);
      const id = Number(
        statements.insert.run({ ...toRow(fields), createdAt: new Date().toISOString() }).lastInsertRowid,
      );
      return getOrThrow(id);
    },

    /** A new height is also every session's of theirs (a correction: they are named), or only new sessions' ('from-now'). */
    update,

    /** Refused (conflict) while they have sessions, the trash included. */
    delete(id: number): boolean {
      const person = get(id);
      if (!person) return false;
      const { total, trashed } = statements.sessionCounts.get(id) as { total: number; trashed: number };
      if (total > 0) {
        const where = trashed > 0 ? ` (${trashed} of them in the trash)` : '';
        throw new ApiError(
          'conflict',
          `${person.name} has ${plural(total, 'session')}${where}: move them to another person or delete them for good first.`,
        );
      }
      return statements.delete.run(id).changes > 0;
    },
  };
}
