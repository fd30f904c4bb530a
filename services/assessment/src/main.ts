import { Topics } from '@tianfu/contracts';
import { certificateFactsPolicy } from '@tianfu/platform-certificates';
import { connectService, loadConfigOrExit, serviceConfigSchema } from '@tianfu/service-kit';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { trainingFactsPolicy } from './application/training-facts-policy.ts';
import { assessmentStorage } from './storage.ts';

const config = loadConfigOrExit(serviceConfigSchema({ name: 'assessment', database: 'assessment', port: 4101 }));
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await assessmentStorage(service.db, service.identity, config, clock);
// Filings and eligibility judge by the catalogue: /ready waits until it is held.
const catalogue = await service.holdCatalogue();

const { app, readModels, sessionLines } = await buildApp({
  ...storage,
  ...service.appDeps(pkg.version),
  catalogue,
});
// Writes what a command could not write after its commit, or a crash left unwritten.
await service.repairReadModels(Topics.assessment, readModels, app);
// Lists the sessions scheduled before the session index existed; then follows the topic cheaply.
await service.repairReadModels(Topics.assessment, sessionLines, app, 'session-index');
await service.relay(storage.store, Topics.assessment, app);
await service.consume('certificate-facts', [Topics.certification], certificateFactsPolicy(storage.certificates), app);
await service.consume('training-facts', [Topics.training], trainingFactsPolicy(storage.trainings), app);
await service.run(app);
