/**
 * Hides the middle of an ID number for display (docs/architecture.md: `5101**********123X`): at most
 * four characters stay visible at each end, and never more than a quarter each, so a short
 * passport number is not shown almost whole.
 */
export function maskIdNumber(idNumber: string): string {
  const text = idNumber.trim();
  const visible = Math.min(4, Math.floor(text.length / 4));
  if (visible === 0) return '*'.repeat(text.length);
  return text.slice(0, visible) + '*'.repeat(text.length - 2 * visible) + text.slice(-visible);
}
