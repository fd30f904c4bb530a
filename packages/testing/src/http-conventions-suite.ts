import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpConventionViolations, type Injectable } from './http-conventions.ts';
import { bareSuccesses } from './openapi/bare-successes.ts';
import { failingProblems, justifiedWarnings, redoclyLint } from './openapi/redocly-lint.ts';
import { useTestDatabase } from './test-database.ts';

export interface ConventionsSubject {
  readonly app: Injectable & { close(): Promise<unknown> };
  /** Headers of an admin token the app accepts: guarded routes are checked past their token. */
  readonly admin: Record<string, string>;
}

/** The HTTP conventions (`httpConventionViolations`) on every route a service's app documents, and its OpenAPI lint. */
export function httpConventionsSuite(service: string, start: (db: Db) => Promise<ConventionsSubject>): void {
  const db = useTestDatabase(`${service}-http-conventions`);
  let subject: ConventionsSubject | undefined;
  beforeAll(async () => {
    subject = await start(db());
  });
  afterAll(() => subject?.app.close());

  describe(`HTTP conventions on every route ${service} documents`, () => {
    it('401 first where guarded, 400 for unknown query keys, 415 for text/plain, 405 with Allow, headers, 4xx documented', async () => {
      if (!subject) throw new Error(`${service} did not start`);
      const { routes, violations } = await httpConventionViolations(subject.app, subject.admin);
      expect(routes).toBeGreaterThan(3);
      expect(violations).toEqual([]);
    });

    it("serves an OpenAPI document that Redocly's recommended rules (redocly.yaml) find no error or unjustified warning in", async () => {
      if (!subject) throw new Error(`${service} did not start`);
      const document = JSON.parse((await subject.app.inject({ method: 'GET', url: '/docs/json' })).body);
      const { problems } = await redoclyLint(document);
      expect(failingProblems(problems, await justifiedWarnings())).toEqual([]);
    });

    it('documents every success with the schema of its body', async () => {
      if (!subject) throw new Error(`${service} did not start`);
      const document = JSON.parse((await subject.app.inject({ method: 'GET', url: '/docs/json' })).body);
      expect(Object.keys(document.paths).length).toBeGreaterThan(3);
      expect(bareSuccesses(document)).toEqual([]);
    });
  });
}
