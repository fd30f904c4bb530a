import { emptyCatalogue } from '@tianfu/catalogue-view/state';
import { type App, openApiScratch, signingKeyConfigSchema } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { certificationStorage } from './storage.ts';

/**
 * The app main.ts serves, on a scratch database, for writing its OpenAPI document
 * (docs/openapi/certification.json): routes and schemas do not depend on the data, the keys or
 * the limits, which are main.ts's defaults here; the catalogue is empty.
 */
export async function openApiApp({ db }: { readonly db: Db }): Promise<App> {
  const scratch = openApiScratch(pkg.version);
  const secrets = { ...scratch.personalData, ...signingKeyConfigSchema.parse({}) };
  const storage = await certificationStorage(db, db, secrets, scratch.clock);
  const { app } = await buildApp({
    storage,
    baseUrl: 'http://127.0.0.1:4102',
    statusListId: 'l1',
    verifyPerMinute: 60,
    batchLimits: { perToken: 6_000, perBody: 20_000 },
    ...scratch.app,
    catalogue: { current: emptyCatalogue },
  });
  return app;
}
