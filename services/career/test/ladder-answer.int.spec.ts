import { type App, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { useTestDatabase } from '@tianfu/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import { careerStorage } from '../src/storage.ts';
import { bodyRegistered, certificateIssued, heldCatalogue } from './career-samples.ts';

const SECRET = 'career-ladder-answer-secret-32-characters';
const db = useTestDatabase('career-ladder-answer');
const worker = 'c3'.repeat(32);
let app: App;
const now = () => new Date('2025-06-01T00:00:00.000Z');

beforeAll(async () => {
  const storage = await careerStorage(db(), db(), personalDataConfigSchema.parse({}), now);
  ({ app } = await buildApp({
    storage,
    identity: db(),
    catalogue: heldCatalogue(),
    authSecret: SECRET,
    clock: now,
    version: 'test',
    logLevel: 'silent',
  }));
  const policy = careerPolicy(storage.readSide(), storage.groupCounts);
  for (const event of [certificateIssued(worker, 'b-cd', '1', { holderName: null }), bodyRegistered('b-cd', '510100')])
    await policy(event);
}, 120_000);

describe('career’s ladder through its response schema', () => {
  it('keeps every part of a ladder its schema serialises: date, next step, sources, medals', async () => {
    const token = await signToken({ secret: SECRET, principal: { sub: 'u', role: 'hr' }, now });
    const answer = await app.inject({
      method: 'GET',
      url: `/v1/workers/${worker}/ladder`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.statusCode).toBe(200);
    const ladder = answer.json();
    expect(ladder).toMatchObject({ workerId: worker, asOf: '2025-06-01', medals: [], maskedName: null });
    const [occupation] = ladder.occupations;
    expect(Object.keys(occupation).sort()).toEqual(['current', 'next', 'occupationCode', 'occupationName', 'steps']);
    expect(occupation.steps[0].sources).toHaveLength(1);
  });
});
