import { GENERATED_DIR, writeGeneratedTypes } from './generated-types.ts';

// `pnpm run api-client:generate`: the client's types from docs/openapi/*.json (after `pnpm run openapi:write`).
const written = await writeGeneratedTypes(GENERATED_DIR);
console.warn(`wrote ${written.map((file) => `packages/api-client/src/generated/${file}`).join(', ')}`);
