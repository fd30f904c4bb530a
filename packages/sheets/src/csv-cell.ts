/**
 * One CSV cell, RFC 4180 quoted. A cell a spreadsheet would read as a formula (leading =, +, -, @,
 * or a tab or carriage return before one, OWASP's CSV-injection list) is prefixed with ' so it
 * stays text.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
