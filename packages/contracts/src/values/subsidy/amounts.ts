import { z } from 'zod';

/** Money in fen (分), a whole number never below zero: 1,000 yuan is 100000. */
export const FenSchema = z
  .number()
  .int('an amount is a whole number of fen')
  .min(0, 'an amount is never negative')
  .max(100_000_000, 'an amount is at most 1,000,000 yuan');

/** A share such as the part of a yearly amount advanced: 0 to 1. */
export const ShareSchema = z.number().min(0, 'a share is at least 0').max(1, 'a share is at most 1');
