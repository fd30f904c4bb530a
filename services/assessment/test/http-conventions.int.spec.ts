import { httpConventionsSuite } from '@tianfu/testing';
import { bearer, testApp } from './fixtures.ts';

httpConventionsSuite('assessment', async (db) => ({
  app: (await testApp(db)).app,
  admin: await bearer({ sub: 'root', role: 'admin' }),
}));
