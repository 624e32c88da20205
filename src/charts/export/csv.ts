export type Cell = string | number | boolean | null;

/** Excel opens UTF-8 (and so Chinese) correctly only with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

// A cell a spreadsheet would run as a formula: text starting with = + - @ (or a tab/CR that
// some apps strip first). Numbers are written as numbers and are never guarded.
const FORMULA_START = /^[=+\-@\t\r]/;

const cellText = (cell: Cell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
};

/** RFC 4180: fields with comma, quote, CR or LF are quoted and quotes doubled; CRLF line ends. */
const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export const toCsv = (columns: readonly string[], rows: readonly Record<string, Cell>[]): string =>
  UTF8_BOM +
  [
    columns.map(quote).join(','),
    ...rows.map((row) => columns.map((c) => quote(cellText(row[c] ?? null))).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
