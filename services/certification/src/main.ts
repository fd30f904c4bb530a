import { Topics } from '@tianfu/contracts';
import { connectService, loadConfigOrExit, serviceConfigSchema, signingKeyConfigSchema } from '@tianfu/service-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { MAX_BATCH } from './http/verify-schemas.ts';
import { certificationStorage } from './storage.ts';

const config = loadConfigOrExit(
  serviceConfigSchema({ name: 'certification', database: 'certification', port: 4102 }).extend({
    ...signingKeyConfigSchema.shape,
    PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:4102'),
    VERIFY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    // Pairs per minute in POST /v1/verify/batch; at least one full batch of 1,000.
    VERIFY_BATCH_ITEMS_PER_MINUTE: z.coerce.number().int().min(MAX_BATCH).default(6_000),
    VERIFY_BATCH_ITEMS_PER_MINUTE_PER_BODY: z.coerce.number().int().min(MAX_BATCH).default(20_000),
    // A verification-only instance (scaled out for the public, or the bench) issues nothing.
    ISSUE_FROM_TOPICS: z.enum(['on', 'off']).default('on'),
    STATUS_LIST_ID: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and -')
      .default('l1'),
  }),
);
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await certificationStorage(service.db, service.identity, config, clock);
const catalogue = await service.holdCatalogue();

const { app, policy, readModels } = await buildApp({
  storage,
  catalogue,
  baseUrl: config.PUBLIC_BASE_URL.replace(/\/$/, ''),
  statusListId: config.STATUS_LIST_ID,
  verifyPerMinute: config.VERIFY_RATE_LIMIT_PER_MINUTE,
  batchLimits: {
    perToken: config.VERIFY_BATCH_ITEMS_PER_MINUTE,
    perBody: config.VERIFY_BATCH_ITEMS_PER_MINUTE_PER_BODY,
  },
  ...service.appDeps(pkg.version),
});
await service.repairReadModels(Topics.certification, readModels, app);
await service.relay(storage.store, Topics.certification, app);
if (config.ISSUE_FROM_TOPICS === 'on') {
  await service.consume('issuance', [Topics.assessment, Topics.competition, Topics.talent], policy, app);
}
// Another instance may have rotated the signing keys.
const keyRefresh = setInterval(
  () => void storage.keys.refresh().catch((error) => app.log.warn({ error }, 'key refresh failed')),
  60_000,
);
keyRefresh.unref();
await service.run(app);
