/** Fen (分) as yuan with two decimals and thousands separators: 200000 → "2,000.00". */
export const yuanText = (fen: number): string =>
  (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Yuan as a person writes them ("2000", "2,000.5", "1500.00") in whole fen, or null when the
 * text is no amount of yuan (more than two decimals, a sign, letters).
 */
export function fenOfYuan(text: string): number | null {
  const plain = text.trim().replaceAll(',', '').replaceAll('，', '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(plain);
  if (match === null) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
