import { signToken } from '@tianfu/service-kit';
import { httpConventionsSuite } from '@tianfu/testing';
import { buildApp } from '../src/app.ts';
import { catalogueStorage } from '../src/storage.ts';

const secret = 'catalogue-conventions-secret-of-32-chars';

httpConventionsSuite('catalogue', async (db) => {
  const clock = () => new Date();
  const storage = await catalogueStorage(db, clock);
  const { app } = await buildApp({ ...storage, authSecret: secret, clock, version: 'test', logLevel: 'silent' });
  const token = await signToken({ secret, principal: { sub: 'root', role: 'admin' } });
  return { app, admin: { authorization: `Bearer ${token}` } };
});
