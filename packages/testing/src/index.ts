export type { MongoFlavour } from './mongo-flavour.ts';
export { detectFlavour } from './mongo-flavour.ts';
export type { Infrastructure } from './resolve-infrastructure.ts';
export { resolveInfrastructure } from './resolve-infrastructure.ts';
export { uniqueName } from './unique-name.ts';
export type { WaitOptions } from './wait-until.ts';
export { waitUntil } from './wait-until.ts';
