import { defineConfig } from 'vitest/config';

// Three tiers by file name (docs/contributing.md): *.unit.spec.ts are pure and fast; *.int.spec.ts and
// *.e2e.spec.ts talk to the real Kafka broker and MongoDB-wire server resolved by the global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{packages,services}/*/{src,test}/**/*.unit.spec.ts', 'infra/local/*.unit.spec.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['{packages,services}/*/{src,test}/**/*.{int,e2e}.spec.ts'],
          globalSetup: ['packages/testing/src/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
