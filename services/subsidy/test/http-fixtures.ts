import type { AppOptions, Principal } from '@tianfu/service-kit';
import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { testCatalogue, useTestDatabase } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { subsidyStorage } from '../src/storage.ts';

export const SECRET = 'subsidy-test-secret-of-at-least-32-chars';

export const bearer = async (principal: Principal, now = new Date()) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal, now: () => now })}`,
});
export const office = () => bearer({ sub: 'subsidy-office-1', role: 'subsidy-office' });
export const workerToken = (workerId: string) =>
  bearer({ sub: `worker-${workerId.slice(0, 8)}`, role: 'worker', workerId });

type LogOptions = Pick<AppOptions, 'logLevel' | 'logDestination'>;

/** The subsidy app on a test database, holding the test catalogue; `clock` is the app's. */
export async function subsidyApp(
  db: Db,
  clock: () => Date = () => new Date(),
  log: LogOptions = { logLevel: 'silent' },
) {
  // The test database's worker keys stand in for the shared identity database.
  const storage = await subsidyStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const catalogue = { current: () => testCatalogue() };
  const { app } = await buildApp({ storage, catalogue, authSecret: SECRET, clock, version: 'test', ...log });
  return { app, storage };
}

/** A test file's subsidy app on a database of its own, started before its tests and closed after. */
export function useSubsidyApp(name: string, log?: LogOptions) {
  const db = useTestDatabase(name);
  let fixture: Awaited<ReturnType<typeof subsidyApp>> | undefined;
  beforeAll(async () => {
    fixture = await subsidyApp(db(), undefined, log);
  }, 60_000);
  afterAll(() => fixture?.app.close());
  const started = () => {
    if (fixture === undefined) throw new Error(`${name}: the subsidy app did not start`);
    return fixture;
  };
  return { db, started };
}
