import { httpConventionsSuite } from '@tianfu/testing';
import { bearer, trainingApp } from './http-fixtures.ts';

httpConventionsSuite('training', async (db) => {
  const { app } = await trainingApp(db);
  return { app, admin: await bearer({ sub: 'root', role: 'admin' }) };
});
