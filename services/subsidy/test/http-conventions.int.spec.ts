import { httpConventionsSuite } from '@tianfu/testing';
import { bearer, subsidyApp } from './http-fixtures.ts';

httpConventionsSuite('subsidy', async (db) => {
  const { app } = await subsidyApp(db);
  return { app, admin: await bearer({ sub: 'root', role: 'admin' }) };
});
