import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, GENERATED_DIR, writeGeneratedTypes } from '../scripts/generated-types.ts';

const fresh = await mkdtemp(join(tmpdir(), 'api-client-types-'));
afterAll(() => rm(fresh, { recursive: true, force: true }));

// openapi-typescript takes a few seconds over six documents on a busy machine.
describe('the generated types in src/generated', { timeout: 60_000 }, () => {
  it(`are what ${GENERATE_COMMAND} makes of docs/openapi/*.json now`, async () => {
    const files = await writeGeneratedTypes(fresh);
    const stale: string[] = [];
    for (const file of files) {
      const committed = await readFile(join(GENERATED_DIR, file), 'utf8').catch(() => null);
      if (committed !== (await readFile(join(fresh, file), 'utf8'))) stale.push(file);
    }
    const orphans = (await readdir(GENERATED_DIR)).filter((file) => !files.includes(file));
    const advice = `stale: ${stale.join(', ')}; without a document: ${orphans.join(', ')}; run \`${GENERATE_COMMAND}\``;
    expect({ stale, orphans }, advice).toEqual({ stale: [], orphans: [] });
  });
});
