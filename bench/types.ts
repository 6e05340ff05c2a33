/** One measured number in the benchmark table. */
export interface BenchRow {
  section: string;
  metric: string;
  value: number | string | null;
  unit: string;
  /** Target as text, e.g. "≤ 60", and whether it was met (null when no target). */
  target?: string;
  met?: boolean | null;
}
/** Each bench/*.bench.ts module exports `run()`, giving its rows at once or when measured. */
export type BenchModule = { run: () => BenchRow[] | Promise<BenchRow[]> };
