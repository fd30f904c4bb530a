import type { AppOptions } from '@tianfu/service-kit';
import { type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { residentIdNumber } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { buildApp } from '../src/app.ts';
import { competitionStorage } from '../src/storage.ts';
import { issuingBody } from './samples.ts';

export const SECRET = 'competition-test-secret-at-least-32-chars';
const clock = () => new Date();

export const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal, now: clock })}`,
});
export const organiser = (sub = 'organiser-1') => bearer({ sub, role: 'competition-organiser' });

type LogOptions = Pick<AppOptions, 'logLevel' | 'logDestination'>;

/** The competition app on a test database, whose worker keys stand in for the shared identity database. */
export async function competitionApp(db: Db, log: LogOptions = { logLevel: 'silent' }) {
  const storage = await competitionStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const app = await buildApp({ storage, authSecret: SECRET, clock, version: 'test', ...log });
  return { app, storage };
}

export const competitionBody = (competitionId: string, extra: object = {}) => ({
  competitionId,
  name: '第三届全国职业技能大赛',
  tier: 'national-class-1',
  year: 2025,
  issuingBody,
  contestEvents: [
    { contestEventId: 'welding', name: '焊工', occupationCode: '6-18-02-04', level: 'level2', track: 'employee' },
  ],
  ...extra,
});

export const idNumberOf = (i: number) => residentIdNumber(i, '510104');

export const entrantBody = (i: number, name: string, extra: object = {}) => ({
  contestEventId: 'welding',
  entrantId: `W-${i}`,
  document: { idType: 'resident-id-card', idNumber: idNumberOf(i) },
  name,
  ...extra,
});
