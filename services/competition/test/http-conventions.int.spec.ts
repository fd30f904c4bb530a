import type { App } from '@tianfu/service-kit';
import { httpConventionViolations, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, competitionApp } from './http-fixtures.ts';

const db = useTestDatabase('competition-http-conventions');
let app: App;

beforeAll(async () => {
  ({ app } = await competitionApp(db()));
});
afterAll(() => app?.close());

describe('HTTP conventions on every documented route', () => {
  it('400 for unknown query keys, 415 for text/plain, 405 with Allow, security headers, 4xx in the OpenAPI', async () => {
    const { routes, violations } = await httpConventionViolations(app, await bearer({ sub: 'root', role: 'admin' }));
    expect(routes).toBeGreaterThan(3);
    expect(violations).toEqual([]);
  });
});
