import type { ServiceName, ServicePaths } from '@tianfu/api-client';
import type { z } from 'zod';

/** The query a GET route takes, as the generated client types it from the route's schema. */
export type QueryOf<S extends ServiceName, P extends keyof ServicePaths[S]> = ServicePaths[S][P] extends {
  get: { parameters: { query?: infer Q } };
}
  ? NonNullable<Q>
  : never;

/**
 * A filter's text as the value the API's own schema makes of it: unset when empty (a select's
 * "any") or when the schema refuses it, so a query holds only values the route takes.
 */
export function queryValue<S extends z.ZodType>(schema: S, text: string): z.output<S> | undefined {
  if (text === '') return undefined;
  const parsed = schema.safeParse(text);
  return parsed.success ? parsed.data : undefined;
}
