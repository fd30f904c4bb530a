import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { httpConventionsSuite } from '@tianfu/testing';
import { buildApp } from '../src/app.ts';
import { careerStorage } from '../src/storage.ts';
import { testAppDeps } from './test-app-deps.ts';

const secret = 'career-conventions-secret-of-32-characters';

httpConventionsSuite('career', async (db) => {
  const clock = () => new Date();
  const storage = await careerStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const { app } = await buildApp({
    storage,
    ...testAppDeps(db, secret, clock),
  });
  const token = await signToken({ secret, principal: { sub: 'root', role: 'admin' } });
  return { app, admin: { authorization: `Bearer ${token}` } };
});
