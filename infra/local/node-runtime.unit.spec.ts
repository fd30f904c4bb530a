import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const major = (version: string) => Number(/(\d+)\./.exec(version)?.[1]);

/** .node-version is what bootstrap installs; everything else that names a Node must agree with it. */
describe('the Node the project runs on', () => {
  const pinned = read('.node-version').trim();
  const manifest = JSON.parse(read('package.json')) as {
    engines: { node: string };
    devDependencies: Record<string, string>;
  };

  it('is a Node 24 LTS release, named alike in .node-version, .nvmrc and the service image', () => {
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(read('.nvmrc').trim()).toBe(pinned);
    expect(read('infra/docker/service.Dockerfile')).toContain(`FROM node:${pinned}-slim`);
  });

  it('satisfies package.json engines, and the Node types describe its major version', () => {
    const minimum = /^>=(\d+)\.\d+\.\d+$/.exec(manifest.engines.node)?.[1];
    expect(Number(minimum)).toBeGreaterThanOrEqual(22);
    expect(major(pinned)).toBeGreaterThanOrEqual(Number(minimum));
    expect(major(manifest.devDependencies['@types/node'] ?? '')).toBe(major(pinned));
  });

  it('runs the tests (npm test and the package scripts put it first on PATH)', () => {
    expect(major(process.version)).toBe(major(pinned));
  });
});

/** A service's `nodeOptions` (docs/runtime.md) are passed to node as they are: a flag it refuses would stop the service. */
describe("the runtime flags a service's package.json declares", () => {
  const declared = readdirSync(new URL('services/', root)).flatMap((service) => {
    const manifest = JSON.parse(read(`services/${service}/package.json`)) as { nodeOptions?: unknown };
    return manifest.nodeOptions === undefined ? [] : [{ service, nodeOptions: manifest.nodeOptions }];
  });

  it.each(declared)('$service: a list of flags this Node starts with', ({ nodeOptions }) => {
    expect(nodeOptions).toEqual(expect.any(Array));
    for (const flag of nodeOptions as unknown[]) expect(flag).toMatch(/^--[a-z-]+(=\S+)?$/);
    // Node exits 9 on a flag or value it does not know, and execFileSync throws.
    expect(() => execFileSync(process.execPath, [...(nodeOptions as string[]), '-e', '0'])).not.toThrow();
  });
});
