/**
 * CSV text with papaparse (RFC 4180: quotes doubled, fields with commas, quotes or line breaks
 * quoted, CRLF rows). Text cells that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) get a leading apostrophe; numbers are written as numbers, so
 * negative values stay negative.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null;

/** OWASP's list of formula-starting characters; papaparse's own pattern misses multi-line text. */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEWLINE = '\r\n';

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const text = Papa.unparse(
    { fields: [...header], data: cellsOf(header.length, rows) },
    { newline: NEWLINE, escapeFormulae: FORMULA_START },
  );
  // without rows papaparse ends the header with a line break, which parses back as an empty row
  return rows.length === 0 ? text.replace(/\r\n$/, '') : text;
}

/**
 * More rows of a CSV that `toCsv(header, [])` began: each line starts with the line break, so
 * the header and any number of such parts concatenate into one valid CSV.
 */
export function csvRows(columns: number, rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  return NEWLINE + Papa.unparse(cellsOf(columns, rows), { newline: NEWLINE, escapeFormulae: FORMULA_START });
}

function cellsOf(columns: number, rows: readonly (readonly CsvCell[])[]): CsvCell[][] {
  return rows.map((row) => {
    if (row.length !== columns) throw new Error(`CSV row has ${row.length} cells for ${columns} columns`);
    return row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? null : cell));
  });
}

/** A number rounded to `decimals`, or null (an empty cell) when missing. */
export function rounded(x: number | null | undefined, decimals: number): number | null {
  if (x == null || !Number.isFinite(x)) return null;
  const k = 10 ** decimals;
  return Math.round(x * k) / k + 0; // + 0 turns −0 into 0
}
