import { defineConfig } from 'vitest/config';

// Three tiers by file name (docs/contributing.md): *.unit.spec.ts are pure and fast; *.int.spec.ts and
// *.e2e.spec.ts talk to the real Kafka broker and MongoDB-wire server resolved by the global setup.
// Files of a worker share its module cache (isolate: false): importing fastify, the drivers and the
// contracts again for each of ~300 files took more of a run than the tests did. A file therefore
// keeps no state in modules another file reads; each builds its own apps, topics and databases.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          include: [
            '{packages,services}/*/{src,test}/**/*.unit.spec.ts',
            'services/*/web/src/**/*.unit.spec.ts',
            'infra/local/*.unit.spec.ts',
          ],
        },
      },
      {
        test: {
          name: 'int',
          isolate: false,
          include: ['{packages,services}/*/{src,test}/**/*.{int,e2e}.spec.ts'],
          globalSetup: ['packages/testing/src/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
