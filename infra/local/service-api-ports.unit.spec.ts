import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const services = new URL('../../services/', import.meta.url);
// The console is the one service with no API of its own: it serves the web pages and forwards to the others.
const apiServices = readdirSync(services).filter((name) => name !== 'console');
const names = apiServices.filter((name) => existsSync(new URL(`${name}/src/http/service-api.ts`, services)));

// The port the local scripts start a service on: what its main.ts gives serviceConfigSchema (services.sh).
const declaredPort = (name: string): number => {
  const main = readFileSync(new URL(`${name}/src/main.ts`, services), 'utf8');
  return Number(/serviceConfigSchema\(\{.*port: (\d+)/.exec(main)?.[1]);
};

describe("each service's OpenAPI servers", () => {
  it('covers every service', () => {
    expect(names).toEqual(apiServices);
  });

  it.each(names)('given %s, then its ServiceApi names the port its main.ts declares', async (name) => {
    const module = (await import(new URL(`${name}/src/http/service-api.ts`, services).href)) as Record<
      string,
      { name: string; port: number }
    >;
    const [api] = Object.values(module);
    expect(api).toMatchObject({ name, port: declaredPort(name) });
  });
});
