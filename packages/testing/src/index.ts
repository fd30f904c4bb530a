import './provided-context.ts';

export { rate, report, timed } from './bench-measure.ts';
export type { DeciderLike } from './decider-spec.ts';
export { deciderSpec } from './decider-spec.ts';
export { freePort } from './free-port.ts';
export type { MongoFlavour } from './mongo-flavour.ts';
export { detectFlavour } from './mongo-flavour.ts';
export type { PrivateKafka } from './private-kafka.ts';
export { privateKafka } from './private-kafka.ts';
export { residentIdNumber } from './resident-id.ts';
export type { Infrastructure } from './resolve-infrastructure.ts';
export { resolveInfrastructure } from './resolve-infrastructure.ts';
export type { ServiceProcess } from './service-process.ts';
export { startService } from './service-process.ts';
export { useTestDatabase } from './test-database.ts';
export { uniqueName } from './unique-name.ts';
export type { WaitOptions } from './wait-until.ts';
export { waitUntil } from './wait-until.ts';
