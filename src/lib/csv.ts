/**
 * CSV as spreadsheets read it (RFC 4180): fields quoted when needed, quotes doubled, CRLF line ends. Cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) get a leading apostrophe, so exported threat
 * data cannot execute in the analyst's spreadsheet.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Offers a text file to the browser's download; returns the file name used. */
export function downloadText(
  content: string,
  fileName: string,
  mime = 'text/csv;charset=utf-8',
): string {
  // A byte-order mark makes spreadsheet software read the file as UTF-8.
  const blob = new Blob([mime.startsWith('text/csv') ? '\ufeff' : '', content], { type: mime });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return fileName;
}
