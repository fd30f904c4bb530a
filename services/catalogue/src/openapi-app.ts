import { type App, DEV_JWT_SECRET } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { catalogueStorage } from './storage.ts';

/**
 * The app main.ts serves, on a scratch database, for writing its OpenAPI document
 * (docs/openapi/catalogue.json): routes and schemas do not depend on the data.
 */
export async function openApiApp({ db }: { readonly db: Db }): Promise<App> {
  const clock = () => new Date();
  const storage = await catalogueStorage(db, clock);
  const { app } = await buildApp({
    ...storage,
    authSecret: DEV_JWT_SECRET,
    clock,
    version: pkg.version,
    logLevel: 'silent',
  });
  return app;
}
