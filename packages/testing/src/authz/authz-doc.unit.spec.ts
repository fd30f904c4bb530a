import { access, readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderAuthzDoc } from './authz-doc.ts';
import { AUTHZ_SERVICES, authzDocsDir, readAuthzTable } from './authz-table.ts';

const servicesDir = new URL('../services/', authzDocsDir);

// The console checks no token itself: it forwards each call, with its token, to the service that does.
const FORWARDING_ONLY = ['console'];

describe('docs/authz.md', () => {
  it('is rendered from the tables as they are now (pnpm run authz:doc renders it)', async () => {
    const tables = await Promise.all(AUTHZ_SERVICES.map(readAuthzTable));
    const committed = await readFile(new URL('authz.md', authzDocsDir), 'utf8');
    expect(committed).toBe(renderAuthzDoc(tables));
  });

  it('has a table, and a matrix suite, for every service there is: a new service is classified too', async () => {
    const services = (await readdir(servicesDir, { withFileTypes: true })).filter(
      (entry) => entry.isDirectory() && !FORWARDING_ONLY.includes(entry.name),
    );
    expect(services.map((entry) => entry.name).sort()).toEqual([...AUTHZ_SERVICES].sort());
    const suites = AUTHZ_SERVICES.map((service) => new URL(`${service}/test/authz-matrix.int.spec.ts`, servicesDir));
    await Promise.all(suites.map((suite) => access(suite)));
  });
});
