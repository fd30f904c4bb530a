import type { RouteEntry } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../test-database.ts';
import { matrixRequest, routeKey } from './authz-requests.ts';
import type { AuthzSubject, Cell } from './authz-subject.ts';
import { type AuthzTable, judged, readAuthzTable } from './authz-table.ts';
import { documentedPaths, undocumentedProblem } from './documented-problems.ts';
import { notAlike } from './not-alike.ts';
import { documentedRoutes, servedRoutes } from './served-routes.ts';
import { TOKEN_KINDS, tokenHeaders } from './token-kinds.ts';

async function mismatches(subject: AuthzSubject, table: AuthzTable, routes: readonly RouteEntry[]): Promise<string[]> {
  const tokens = await tokenHeaders(subject.secret, subject.now);
  const paths = await documentedPaths(subject.app);
  const cells: Cell[] = routes.flatMap((route) => TOKEN_KINDS.map((kind) => ({ route, kind })));
  const judge = async (cell: Cell): Promise<string | null> => {
    const { route, kind } = cell;
    const key = routeKey(route);
    const expected = table.routes[key]?.[kind];
    if (expected === undefined) return null;
    const request = matrixRequest(route, kind, subject.params, subject.scoped[key]);
    const response = await subject.app.inject({ ...request, headers: { ...request.headers, ...tokens[kind] } });
    const actual = judged(expected, response.statusCode);
    if (actual !== expected) return `${key} × ${kind}: expected ${expected}, answered ${response.statusCode}`;
    const undocumented = undocumentedProblem(paths, key, response);
    if (undocumented !== null) return `${undocumented} (× ${kind})`;
    return expected === '404' ? notAlike(subject, cell, response, tokens[kind]) : null;
  };
  // Every cell at once: each stands alone, so the matrix cannot depend on their order.
  const verdicts = await Promise.all(cells.map(judge));
  return verdicts.filter((verdict) => verdict !== null);
}

/**
 * The authorisation matrix of a service (`docs/authz/<service>.json`): every route it serves × every
 * token kind answers as the table says, and the table lists exactly the routes the app serves.
 */
export function authzMatrixSuite(service: string, start: (db: Db) => Promise<AuthzSubject>): void {
  const db = useTestDatabase(`${service}-authz`);
  let subject: AuthzSubject | undefined;
  let table: AuthzTable | undefined;
  beforeAll(async () => {
    table = await readAuthzTable(service);
    subject = await start(db());
  });
  afterAll(() => subject?.app.close());

  const started = () => {
    if (!subject || !table) throw new Error(`${service} did not start`);
    return { subject, table };
  };

  describe(`authorisation matrix of ${service}`, () => {
    it('classifies every route the app serves, and no other', () => {
      const { subject, table } = started();
      const served = servedRoutes(subject.app.routeTable.routes()).map(routeKey);
      const listed = Object.keys(table.routes);
      const unclassified = served.filter((key) => !listed.includes(key));
      const gone = listed.filter((key) => !served.includes(key));
      expect({ unclassified, gone }).toEqual({ unclassified: [], gone: [] });
    });

    it('asks a token on exactly the routes the OpenAPI document marks as secured', async () => {
      const { subject, table } = started();
      const documented = await documentedRoutes(subject.app);
      const disagreeing = documented.filter(
        ({ key, secured }) => (table.routes[key]?.['no token'] === '401') !== secured,
      );
      expect(disagreeing).toEqual([]);
    });

    it('answers every route × token kind as the table says, each problem as its OpenAPI document lists it', async () => {
      const { subject, table } = started();
      expect(await mismatches(subject, table, servedRoutes(subject.app.routeTable.routes()))).toEqual([]);
    });
  });
}
