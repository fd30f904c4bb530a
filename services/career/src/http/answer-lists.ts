import { z } from 'zod';

/** The read side's lists are readonly; so are the answers' that carry them. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** A count per code, as the talent pool's facets and the indicators give them. */
export const counts = z.record(z.string(), z.number().int());
