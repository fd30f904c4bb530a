import { type App, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { httpConventionViolations, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { talentStorage } from '../src/storage.ts';

const db = useTestDatabase('talent-registry-http-conventions');
const SECRET = 'talent-conventions-secret-of-32-characters';
let app: App;

beforeAll(async () => {
  const clock = () => new Date();
  const storage = await talentStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
  ({ app } = await buildApp({
    ...storage,
    authSecret: SECRET,
    clock,
    version: 'test',
    logLevel: 'silent',
  }));
});
afterAll(() => app?.close());

describe('HTTP conventions on every documented route', () => {
  it('400 for unknown query keys, 415 for text/plain, 405 with Allow, security headers, 4xx in the OpenAPI', async () => {
    const { routes, violations } = await httpConventionViolations(app, {
      authorization: `Bearer ${await signToken({ secret: SECRET, principal: { sub: 'root', role: 'admin' } })}`,
    });
    expect(routes).toBeGreaterThan(3);
    expect(violations).toEqual([]);
  });
});
