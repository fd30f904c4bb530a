import { z } from 'zod';
import { storableProblems } from './storable-problems.ts';

/**
 * Adds the FerretDB storage limits to any schema: each violation becomes a zod issue at its path
 * with a message naming the rule, so HTTP and Kafka edges reject what the store would refuse.
 */
export function storable<TSchema extends z.ZodType>(schema: TSchema): TSchema {
  return schema.superRefine((value, ctx) => {
    for (const p of storableProblems(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [...p.path],
        message: `${p.message} (${p.code})`,
        params: { storable: p.code },
      });
    }
  });
}

/** Any JSON value the event store can keep. */
export const StorableSchema = storable(z.unknown());
