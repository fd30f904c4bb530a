import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { httpConventionsSuite } from '@tianfu/testing';
import { buildApp } from '../src/app.ts';
import { careerStorage } from '../src/storage.ts';
import { heldCatalogue } from './career-samples.ts';

const secret = 'career-conventions-secret-of-32-characters';

httpConventionsSuite('career', async (db) => {
  const clock = () => new Date();
  const storage = await careerStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const { app } = await buildApp({
    storage,
    identity: db,
    catalogue: heldCatalogue(),
    authSecret: secret,
    clock,
    version: 'test',
    logLevel: 'silent',
  });
  const token = await signToken({ secret, principal: { sub: 'root', role: 'admin' } });
  return { app, admin: { authorization: `Bearer ${token}` } };
});
