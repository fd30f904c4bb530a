import { emptyCatalogue } from '@tianfu/catalogue-view/state';
import { type App, openApiScratch } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { subsidyStorage } from './storage.ts';

/**
 * The app main.ts serves, on a scratch database, for writing its OpenAPI document
 * (docs/openapi/subsidy.json): routes and schemas do not depend on the data, the keys or the catalogue.
 */
export async function openApiApp({ db }: { readonly db: Db }): Promise<App> {
  const scratch = openApiScratch(pkg.version);
  const storage = await subsidyStorage(db, db, scratch.personalData, scratch.clock);
  const { app } = await buildApp({ storage, catalogue: { current: emptyCatalogue }, ...scratch.app });
  return app;
}
