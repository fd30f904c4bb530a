import { CompetitionTierSchema } from '@tianfu/contracts';
import { bodyFactsPolicy } from '@tianfu/platform-bodies';
import type { AppOptions } from '@tianfu/service-kit';
import { type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { bodyRegisteredEnvelope, residentIdNumber } from '@tianfu/testing';
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
export const authority = () => bearer({ sub: 'authority-1', role: 'admin' });

type LogOptions = Pick<AppOptions, 'logLevel' | 'logDestination'>;

/**
 * The competition app on a test database, whose worker keys stand in for the shared identity
 * database; the sample issuing body is registered (as the assessment topic would tell it) and
 * `organiser-1` granted every tier through it, as the authority would.
 */
export async function competitionApp(db: Db, log: LogOptions = { logLevel: 'silent' }) {
  const storage = await competitionStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const { app } = await buildApp({ storage, authSecret: SECRET, clock, version: 'test', ...log });
  const { bodyId, filingNo, bodyName: name } = issuingBody;
  const delivery = { topic: 'assessment', partition: 0, offset: '0', key: null };
  await bodyFactsPolicy(storage.bodies)(bodyRegisteredEnvelope({ bodyId, filingNo, name }), delivery);
  const granted = await app.inject({
    method: 'PUT',
    url: `/v1/organisers/organiser-1/grants/${bodyId}`,
    payload: { tiers: CompetitionTierSchema.options, reason: '川人社函〔2025〕1号' },
    headers: await authority(),
  });
  if (granted.statusCode !== 200) throw new Error(`the sample grant was refused: ${granted.body}`);
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
