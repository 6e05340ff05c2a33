/** `npm run bench`: runs every bench/*.bench.ts module in turn and prints one table per section. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

function printTable(rows: BenchRow[]): void {
  const cells = rows.map((r) => [
    r.metric,
    r.value === null ? 'n/a' : typeof r.value === 'number' ? formatNumber(r.value) : r.value,
    r.unit,
    r.target ?? '',
    r.met == null ? '' : r.met ? 'yes' : 'NO',
  ]);
  const head = ['metric', 'value', 'unit', 'target', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c: string[]) => '| ' + c.map((s, i) => String(s).padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const c of cells) console.log(line(c));
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  const rows = await mod.run();
  for (const section of [...new Set(rows.map((r) => r.section))]) {
    console.log(`\n### ${section}\n`);
    printTable(rows.filter((r) => r.section === section));
  }
}
