import { Topics } from '@tianfu/contracts';
import { bodyFactsPolicy } from '@tianfu/platform-bodies';
import { certificateFactsPolicy } from '@tianfu/platform-certificates';
import { connectService, loadConfigOrExit, serviceConfigSchema } from '@tianfu/service-kit';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { competitionStorage } from './storage.ts';

const config = loadConfigOrExit(serviceConfigSchema({ name: 'competition', database: 'competition', port: 4104 }));
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await competitionStorage(service.db, service.identity, config, clock);

const { app, readModels } = await buildApp({
  storage,
  ...service.appDeps(pkg.version),
});
// Writes what a command could not write after its commit, or a crash left unwritten.
await service.repairReadModels(Topics.competition, readModels, app);
await service.relay(storage.store, Topics.competition, app);
await service.consume('certificate-facts', [Topics.certification], certificateFactsPolicy(storage.certificates), app);
await service.consume('bodies', [Topics.assessment], bodyFactsPolicy(storage.bodies), app);
await service.run(app);
