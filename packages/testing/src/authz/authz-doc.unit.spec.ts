import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderAuthzDoc } from './authz-doc.ts';
import { AUTHZ_SERVICES, authzDocsDir, readAuthzTable } from './authz-table.ts';

describe('docs/authz.md', () => {
  it('is rendered from the tables as they are now (pnpm authz:doc renders it)', async () => {
    const tables = await Promise.all(AUTHZ_SERVICES.map(readAuthzTable));
    const committed = await readFile(new URL('authz.md', authzDocsDir), 'utf8');
    expect(committed).toBe(renderAuthzDoc(tables));
  });
});
