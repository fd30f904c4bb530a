import { authzMatrixSuite } from '@tianfu/testing';
import { buildApp } from '../src/app.ts';
import { catalogueStorage } from '../src/storage.ts';

const secret = 'catalogue-authz-secret-of-at-least-32-characters';

// The catalogue has no scoped routes: the authority writes it, anyone reads it.
authzMatrixSuite('catalogue', async (db) => {
  const clock = () => new Date();
  const storage = await catalogueStorage(db, clock);
  const { app } = await buildApp({ ...storage, authSecret: secret, clock, version: 'test', logLevel: 'silent' });
  return { app, secret, now: new Date(), params: {}, scoped: {} };
});
