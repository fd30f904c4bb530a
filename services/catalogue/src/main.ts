import { Topics } from '@tianfu/contracts';
import { connectService, loadConfigOrExit, serviceConfigSchema } from '@tianfu/service-kit';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { assessmentUsagePolicy } from './application/assessment-usage.ts';
import { catalogueStorage } from './storage.ts';

const config = loadConfigOrExit(serviceConfigSchema({ name: 'catalogue', database: 'catalogue', port: 4109 }));
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await catalogueStorage(service.db, clock);

const { app } = await buildApp({ ...storage, ...service.appDeps(pkg.version) });
await service.relay(storage.store, Topics.catalogue, app);
await service.consume('assessment-usage', [Topics.assessment], assessmentUsagePolicy(storage.usage), app);
await service.run(app);
