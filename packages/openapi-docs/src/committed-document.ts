import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DocumentedService } from './documented-services.ts';
import { firstDifference } from './first-difference.ts';

/** The command that writes every docs/openapi/<service>.json again. */
export const WRITE_COMMAND = 'pnpm run openapi:write';

/** docs/openapi/<service>.json in this repository, as a path and as the repository names it. */
export const documentFile = (service: DocumentedService) => ({
  path: fileURLToPath(new URL(`../../../docs/openapi/${service}.json`, import.meta.url)),
  name: `docs/openapi/${service}.json`,
});

/** The committed document, or null when there is none yet. */
export async function committedDocument(service: DocumentedService): Promise<unknown> {
  try {
    return JSON.parse(await readFile(documentFile(service).path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why the committed document is stale against the served one, naming where and how to fix it; null when it is not. */
export function staleness(service: DocumentedService, served: unknown, committed: unknown): string | null {
  const { name } = documentFile(service);
  if (committed === null) return `${name} is missing: write it with \`${WRITE_COMMAND}\``;
  const where = firstDifference(committed, served);
  if (where === null) return null;
  return `${name} differs from the document ${service} serves at ${where}: write it again with \`${WRITE_COMMAND}\` (the local stack up)`;
}
