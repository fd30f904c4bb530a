import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { httpConventionsSuite } from '@tianfu/testing';
import { buildApp } from '../src/app.ts';
import { talentStorage } from '../src/storage.ts';

const secret = 'talent-conventions-secret-of-32-characters';

httpConventionsSuite('talent-registry', async (db) => {
  const clock = () => new Date();
  const storage = await talentStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const { app } = await buildApp({ ...storage, authSecret: secret, clock, version: 'test', logLevel: 'silent' });
  const token = await signToken({ secret, principal: { sub: 'root', role: 'admin' } });
  return { app, admin: { authorization: `Bearer ${token}` } };
});
