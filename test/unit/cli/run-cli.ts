/** Spawns the real `analyze` CLI (tsx in a child Node) and collects its output. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from '../../support/requirements';

export { FIXTURES_DIR, ROOT } from '../../support/requirements';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], timeoutMs = 50_000): CliResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Non-empty stderr lines (a clear error is exactly one). */
export function stderrLines(result: CliResult): string[] {
  return result.stderr.split('\n').filter((l) => l.trim() !== '');
}
