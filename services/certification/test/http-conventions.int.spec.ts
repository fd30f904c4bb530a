import { httpConventionsSuite } from '@tianfu/testing';
import { bearer, certificationApp } from './http-fixtures.ts';

httpConventionsSuite('certification', async (db) => ({
  app: (await certificationApp(db)).app,
  admin: await bearer({ sub: 'root', role: 'admin' }),
}));
