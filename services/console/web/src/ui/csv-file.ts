/** A cell Excel would run as a formula (=, +, -, @, tab, CR) is kept as text with a leading apostrophe. */
const guarded = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const quoted = (value: string): string => `"${guarded(value).replace(/"/g, '""')}"`;

/**
 * A CSV that Excel opens with its Chinese intact: UTF-8 with a byte-order mark, CRLF line ends,
 * every cell quoted.
 */
export const csvText = (
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string =>
  `\uFEFF${[headers, ...rows].map((row) => row.map((cell) => quoted(cell === null ? '' : String(cell))).join(',')).join('\r\n')}\r\n`;

/** Hands the text (or a body already fetched) to the browser as a file download. */
export function downloadFile(fileName: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
