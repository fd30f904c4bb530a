import { Topics } from '@tianfu/contracts';
import { connectService, loadConfigOrExit, serviceConfigSchema } from '@tianfu/service-kit';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { trainingStorage } from './storage.ts';

const config = loadConfigOrExit(serviceConfigSchema({ name: 'training', database: 'training', port: 4106 }));
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await trainingStorage(service.db, service.identity, config, clock);
// Providers and classes name what they train from the catalogue: /ready waits until it is held.
const catalogue = await service.holdCatalogue();

const { app, readModels } = await buildApp({ storage, catalogue, ...service.appDeps(pkg.version) });
// Writes what a command could not write after its commit, or a crash left unwritten.
await service.repairReadModels(Topics.training, readModels, app);
await service.relay(storage.store, Topics.training, app);
await service.run(app);
