import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// A throwaway service folder, so the overrides of biome.json (matched by path) apply to the probes.
const probe = `services/import-boundary-probe-${process.pid}`;

const probes: Record<string, string> = {
  'src/http/value.ts': "import { deriveLadder } from '../domain/ladder.ts';\nexport const x = deriveLadder;\n",
  'src/http/constant.ts': "import { MINIMUM_AGE } from '../domain/rules.ts';\nexport const x = MINIMUM_AGE;\n",
  'src/http/namespace.ts': "import * as ladder from '../domain/ladder.ts';\nexport const x = ladder;\n",
  'src/http/re-export.ts': "export { deriveLadder } from '../domain/ladder.ts';\n",
  'src/http/csv/nested.ts': "import { deriveLadder } from '../../domain/ladder.ts';\nexport const x = deriveLadder;\n",
  'src/http/type-only.ts':
    "import type { Ladder } from '../domain/ladder.ts';\nimport { type Step } from '../domain/steps.ts';\nexport type X = Ladder | Step;\n",
  'src/http/application.ts':
    "import { workerLadder } from '../application/ladder.ts';\nexport const x = workerLadder;\n",
  'src/domain/io.ts': "import { MongoClient } from 'mongodb';\nexport const x = MongoClient;\n",
  'src/domain/crypto.ts': "import { createHash } from 'node:crypto';\nexport const x = createHash;\n",
};

interface Diagnostic {
  readonly category: string;
  readonly location: { readonly path: string };
}

/** The probes Biome's noRestrictedImports refuses, by their path under the probe service. */
function refused(): string[] {
  const biome = join(root, 'node_modules/.bin/biome');
  const run = spawnSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', probe], {
    cwd: root,
    encoding: 'utf8',
  });
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  const paths = diagnostics
    .filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map((d) => d.location.path.slice(probe.length + 1));
  return [...new Set(paths)].sort();
}

/** The layering of docs/architecture.md, as biome.json enforces it in `pnpm run lint`. */
describe('the import boundaries of a service', () => {
  beforeAll(() => {
    for (const [path, text] of Object.entries(probes)) {
      const file = join(root, probe, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  });
  afterAll(() => rmSync(join(root, probe), { recursive: true, force: true }));

  // Biome scans the whole workspace first (noImportCycles follows imports across it): seconds, not milliseconds.
  it('refuses values from domain/ in http/ (functions, constants, namespaces, re-exports), and I/O in domain/', () => {
    expect(refused()).toEqual([
      'src/domain/crypto.ts',
      'src/domain/io.ts',
      'src/http/constant.ts',
      'src/http/csv/nested.ts',
      'src/http/namespace.ts',
      'src/http/re-export.ts',
      'src/http/value.ts',
    ]);
  }, 60_000);
});
