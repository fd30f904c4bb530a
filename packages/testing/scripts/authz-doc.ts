import { writeFile } from 'node:fs/promises';
import { renderAuthzDoc } from '../src/authz/authz-doc.ts';
import { AUTHZ_SERVICES, authzDocsDir, readAuthzTable } from '../src/authz/authz-table.ts';

/** Renders docs/authz.md from docs/authz/<service>.json. */
const tables = await Promise.all(AUTHZ_SERVICES.map(readAuthzTable));
await writeFile(new URL('authz.md', authzDocsDir), renderAuthzDoc(tables));
