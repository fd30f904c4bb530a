export { committedDocument, documentFile, staleness, WRITE_COMMAND } from './committed-document.ts';
export type { DocumentedService, ScratchInfrastructure } from './documented-services.ts';
export { DOCUMENTED_SERVICES, documentedServices } from './documented-services.ts';
export { firstDifference } from './first-difference.ts';
export { servedDocument } from './served-document.ts';
export { stableJson } from './stable-json.ts';
