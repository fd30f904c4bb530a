import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const declaration = /app\.(post|put|patch|delete)\(\s*(['`])(.*?)\2/gs;

/**
 * Every write route a service's HTTP layer declares, as `METHOD /path` read from its source (a path
 * built in a loop keeps its `${…}`), so a new route cannot miss the free-text table.
 */
export function writeRoutesIn(httpDir: string): string[] {
  const files = readdirSync(httpDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );
  return files
    .flatMap((file) =>
      [...readFileSync(join(httpDir, file), 'utf8').matchAll(declaration)].map(
        ([, method = '', , path = '']) => `${method.toUpperCase()} ${path}`,
      ),
    )
    .sort();
}
