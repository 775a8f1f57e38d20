/** UTF-8 byte order mark: Excel opens a CSV as UTF-8 only when the file starts with it. */
export const UTF8_BOM = '\uFEFF';

export type CellValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

function cell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  // RFC 4180: quote fields with a comma, quote or line break; double the quotes inside.
  // A leading =, +, - or @ would be a formula in a spreadsheet: prefix a quote character.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file as Excel reads it: BOM, CRLF line ends, a header row. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>): string {
  const lines = [header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
