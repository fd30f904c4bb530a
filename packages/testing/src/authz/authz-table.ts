import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { TOKEN_KINDS, type TokenKind } from './token-kinds.ts';

/**
 * What a request with a token kind gets: refused before anything else (401), refused for its role
 * or scope (403), answered like a resource that does not exist (404, so another body's resource
 * stays unknown), or admitted — anything else, a 400 of validation included: the matrix judges auth only.
 */
export const OUTCOMES = ['401', '403', '404', 'admitted'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const OutcomeSchema = z.enum(OUTCOMES);
const RowSchema = z.strictObject(
  Object.fromEntries(TOKEN_KINDS.map((kind) => [kind, OutcomeSchema])) as Record<TokenKind, typeof OutcomeSchema>,
);

export type AuthzRow = z.output<typeof RowSchema>;

/** One service's expected matrix: a row per route (`METHOD /path/:param`), a cell per token kind. */
export const AuthzTableSchema = z.strictObject({
  service: z.string().min(1),
  routes: z.record(z.string().regex(/^(GET|POST|PUT|PATCH|DELETE) \/\S*$/), RowSchema),
});

export type AuthzTable = z.output<typeof AuthzTableSchema>;

/** The five services whose tables `docs/authz.md` renders, in its order. */
export const AUTHZ_SERVICES = [
  'assessment',
  'certification',
  'talent-registry',
  'competition',
  'career',
  'catalogue',
  'training',
  'subsidy',
] as const;

export const authzDocsDir = new URL('../../../../docs/', import.meta.url);

export async function readAuthzTable(service: string): Promise<AuthzTable> {
  const text = await readFile(new URL(`authz/${service}.json`, authzDocsDir), 'utf8');
  return AuthzTableSchema.parse(JSON.parse(text));
}

/** The outcome class of a status: a 404 where the table expects admission admits (a resource may be missing). */
export function judged(expected: Outcome, status: number): Outcome {
  if (status === 401 || status === 403) return String(status) as Outcome;
  return status === 404 && expected !== 'admitted' ? '404' : 'admitted';
}
