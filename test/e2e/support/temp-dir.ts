/** A temporary folder for one test file (clips cut for it), removed after its tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function useTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `retrowalk-e2e-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
