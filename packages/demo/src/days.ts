const dayMs = 86_400_000;
const epochMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The calendar day `days` after `day` (before it when negative), both YYYY-MM-DD. */
export const dayAfter = (day: string, days: number): string =>
  new Date(epochMs(day) + days * dayMs).toISOString().slice(0, 10);

/** How many days `to` comes after `from` (negative when before). */
export const daysBetween = (from: string, to: string): number => Math.round((epochMs(to) - epochMs(from)) / dayMs);
