/**
 * Rebuilding the sessions table, as migrations v4, v6 and v7 do: SQLite adds a column only at a
 * table's end and can neither add a NOT NULL foreign key column nor change a primary key, so the new
 * table is created, filled from the old one and put in its place, with the indexes sessions has had
 * since v4. The CREATE TABLE text is kept in the database as it is written here, spaces included.
 */
import type Database from 'better-sqlite3';

/** A column as CREATE TABLE declares it: its name, then its type and constraints. */
export type ColumnDeclaration = readonly [name: string, declaration: string];

export const columnNames = (columns: readonly ColumnDeclaration[]): string[] => columns.map(([name]) => name);

const createTable = (name: string, columns: readonly ColumnDeclaration[]): string => `
  CREATE TABLE ${name} (
${columns.map(([column, declaration]) => `    ${column.padEnd(20)}${declaration}`).join(',\n')}
  )`;

/** Creates the table `name` with `columns`, fills it by `copy` (from sessions), then makes it sessions. */
export function rebuildSessions(
  db: Database.Database,
  rebuild: { name: string; columns: readonly ColumnDeclaration[]; copy: () => void },
): void {
  db.exec(createTable(rebuild.name, rebuild.columns));
  rebuild.copy();
  db.exec(`
    DROP TABLE sessions;
    ALTER TABLE ${rebuild.name} RENAME TO sessions;
    CREATE INDEX sessions_by_person ON sessions(person_id, started_at) WHERE deleted_at IS NULL;
    CREATE INDEX sessions_in_trash ON sessions(person_id, deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX sessions_by_fingerprint ON sessions(fingerprint);
  `);
}
