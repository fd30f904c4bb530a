import { httpConventionsSuite } from '@tianfu/testing';
import { bearer, competitionApp } from './http-fixtures.ts';

httpConventionsSuite('competition', async (db) => ({
  app: (await competitionApp(db)).app,
  admin: await bearer({ sub: 'root', role: 'admin' }),
}));
