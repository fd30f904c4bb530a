import { z } from 'zod';

/** A comma-separated environment value (`a, b,c`) as the list of its trimmed, non-empty items, each checked. */
export const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .pipe(z.array(item).min(1));
