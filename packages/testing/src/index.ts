import './provided-context.ts';

export { authzMatrixSuite } from './authz/authz-matrix-suite.ts';
export type { ScopedRequest } from './authz/authz-requests.ts';
export type { AuthzSubject } from './authz/authz-subject.ts';
export { HOME } from './authz/token-kinds.ts';
export { percentile, rate, report, timed } from './bench-measure.ts';
export type { AssessedFigure, BenchFigure, BenchResult, BenchTarget } from './bench-result.ts';
export { assessFigure, writeBenchResult } from './bench-result.ts';
export type { TestBody } from './body-registered.ts';
export { bodyRegisteredEnvelope } from './body-registered.ts';
export { teaProcessor, teaProcessorImported } from './catalogue/beyond-test-catalogue.ts';
export type { OccupationOptions, StandardOptions } from './catalogue/catalogue-event-builders.ts';
export { groupAdded, occupationAdded, standardAdded, standardAmended } from './catalogue/catalogue-event-builders.ts';
export { testCatalogue, testCatalogueEvents } from './catalogue/test-catalogue.ts';
export type { TestCatalogueTopic } from './catalogue/test-catalogue-topic.ts';
export { catalogueEnvelopes, testCatalogueTopic } from './catalogue/test-catalogue-topic.ts';
export { freePort } from './free-port.ts';
export type { EventCarry, EventField, FreeTextSpec, TextTarget, WriteRoute } from './free-text/free-text-suite.ts';
export { freeTextSuite } from './free-text/free-text-suite.ts';
export { hostileText } from './free-text/hostile-text.ts';
export type { StringKind, StringLeaf } from './free-text/string-leaves.ts';
export { leafAt, stringLeaves } from './free-text/string-leaves.ts';
export { writeRoutesIn } from './free-text/write-routes.ts';
export type { Injectable } from './http-conventions.ts';
export { httpConventionViolations } from './http-conventions.ts';
export type { ConventionsSubject } from './http-conventions-suite.ts';
export { httpConventionsSuite } from './http-conventions-suite.ts';
export type { KafkaTap } from './kafka-tap.ts';
export { tapTopic } from './kafka-tap.ts';
export type { RecordedMessage } from './kafka-test-topics.ts';
export {
  captureLogs,
  createTestTopic,
  recordTopic,
  relayToTopic,
  testBrokers,
  testKafka,
} from './kafka-test-topics.ts';
export type { MongoFlavour } from './mongo-flavour.ts';
export { detectFlavour } from './mongo-flavour.ts';
export type { LintResult } from './openapi/redocly-lint.ts';
export { redoclyLint } from './openapi/redocly-lint.ts';
export type { PlatformUrls } from './platform-urls.ts';
export { platformUrls } from './platform-urls.ts';
export type { PrivateKafka } from './private-kafka.ts';
export { privateKafka } from './private-kafka.ts';
export { residentIdNumber } from './resident-id.ts';
export type { Infrastructure } from './resolve-infrastructure.ts';
export { resolveInfrastructure } from './resolve-infrastructure.ts';
export { type Random, randomFor, seededRandom } from './seeded-random.ts';
export type { ServiceProcess } from './service-process.ts';
export { startService } from './service-process.ts';
export { useTestDatabase } from './test-database.ts';
export type { TestEnvelopeFields } from './test-envelope.ts';
export { testEnvelope } from './test-envelope.ts';
export { uniqueName } from './unique-name.ts';
export type { WaitOptions } from './wait-until.ts';
export { waitUntil } from './wait-until.ts';
