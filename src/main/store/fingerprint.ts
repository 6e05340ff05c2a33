/**
 * A session's fingerprint: SHA-256 of its start time and its own keypoint batches as stored. Two
 * databases holding the same walk (a backup made elsewhere) agree on it, so a merge skips it.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export type FingerprintOf = (sessionId: number, startedAt: string) => string;

/** `schema`: where the tables live ('main', or an attached database's name). */
export function fingerprinter(db: Database.Database, schema = 'main'): FingerprintOf {
  const batches = db
    .prepare(`SELECT data FROM ${schema}.frame_batches WHERE session_id = ? AND track_id IS NULL ORDER BY id`)
    .pluck();
  return (sessionId, startedAt) => {
    const hash = createHash('sha256').update(startedAt);
    for (const data of batches.iterate(sessionId) as Iterable<Buffer>) hash.update(data);
    return hash.digest('hex');
  };
}
