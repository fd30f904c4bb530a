import type { WorkerId } from '@tianfu/contracts';
import { type Principal, personalDataConfigSchema, signingKeyConfigSchema, signToken } from '@tianfu/service-kit';
import { testCatalogue, useTestDatabase } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type CertificationDeps } from '../src/app.ts';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { certificationStorage } from '../src/storage.ts';
import { candidatePassed, passedEvent } from './samples.ts';

export const SECRET = 'certification-test-secret-at-least-32-chars';
export const BASE_URL = 'http://cert.test';
const realClock = () => new Date();

export const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal, now: realClock })}`,
});
export const office = () => bearer({ sub: 'office-clerk', role: 'certificate-office' });
export const employer = () => bearer({ sub: 'hr-of-some-firm', role: 'employer' });

export type CertificationOverrides = Partial<
  Pick<CertificationDeps, 'batchLimits' | 'missWatch' | 'logLevel' | 'logDestination' | 'clock' | 'catalogue'>
>;

/** The test catalogue held as a reader holds it once caught up (a suite may give a followed one instead). */
const heldTestCatalogue = () => {
  const state = testCatalogue();
  return { current: () => state };
};

/** A list id and a filing number of this run's own, so tests of one database do not share bits or serials. */
const runId = () => Math.floor(Math.random() * 1e8);

/**
 * The certification app on a test database (worker keys in the same database) and a way to issue
 * through the exam path, as the Kafka policy does, for a holder with a given name.
 */
export async function certificationApp(db: Db, verifyPerMinute = 10_000, overrides: CertificationOverrides = {}) {
  const clock = overrides.clock ?? realClock;
  const secrets = { ...personalDataConfigSchema.parse({}), ...signingKeyConfigSchema.parse({}) };
  const storage = await certificationStorage(db, db, secrets, clock);
  const statusListId = `t${runId()}`;
  const catalogue = overrides.catalogue ?? heldTestCatalogue();
  const { app, issue, policy } = await buildApp({
    storage,
    catalogue,
    baseUrl: BASE_URL,
    statusListId,
    verifyPerMinute,
    batchLimits: { perToken: 100_000, perBody: 100_000 },
    authSecret: SECRET,
    clock,
    version: 'test',
    logLevel: 'silent',
    ...overrides,
  });
  const filingNo = `Y0000${String(runId()).padStart(8, '0')}`;
  let candidates = 0;
  const issueTo = async (name: string): Promise<string> => {
    candidates += 1;
    const data = candidatePassed(candidates, filingNo);
    const [holderName] = await storage.names.sealNames([{ workerId: data.workerId as WorkerId, name }]);
    const event = passedEvent({ ...data, holderName: holderName ?? null });
    await policy(event);
    const record = await storage.records.findOne({ certificateId: certificateIdFor(event.eventId) });
    if (record === null) throw new Error(`no certificate was recorded for candidate ${candidates}`);
    return record._id;
  };
  /** A status command (revoke, suspend, reinstate…) on a certificate, as the certificate office. */
  const command = async (certificateNo: string, action: string, payload: object) =>
    app.inject({
      method: 'POST',
      url: `/v1/certificates/${certificateNo}/${action}`,
      headers: await office(),
      payload,
    });
  /** The public check of a number and a name. */
  const verify = (certificateNo: string, name: string) =>
    app.inject({ method: 'POST', url: '/v1/verify', payload: { certificateNo, name } });
  return { app, db, storage, catalogue, issue, policy, issueTo, command, verify, statusListId, filingNo };
}

export type CertificationFixture = Awaited<ReturnType<typeof certificationApp>>;

/**
 * A suite's certification app on a database of its own (named from `prefix`), ready before the
 * suite's first test and closed after its last; the getter throws outside tests and hooks.
 */
export function useCertificationApp(
  prefix: string,
  overrides: CertificationOverrides = {},
): () => CertificationFixture {
  const db = useTestDatabase(prefix);
  let fixture: CertificationFixture | undefined;
  beforeAll(async () => {
    fixture = await certificationApp(db(), undefined, overrides);
    await fixture.app.ready();
  }, 60_000);
  afterAll(async () => {
    await fixture?.app.close();
  });
  return () => {
    if (!fixture) throw new Error('useCertificationApp: the app exists only inside tests and hooks');
    return fixture;
  };
}
