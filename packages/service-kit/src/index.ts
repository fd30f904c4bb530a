export type { App, AppOptions } from './app.ts';
export { createApp } from './app.ts';
export type { AuthOptions } from './auth/auth-plugin.ts';
export type { AuthorizeHook, AuthorizeRule } from './auth/authorize.ts';
export { authorize, requirePrincipal } from './auth/authorize.ts';
export type { DevPrincipalResult } from './auth/dev-principal.ts';
export { devPrincipal } from './auth/dev-principal.ts';
export type { OidcIssuerOptions } from './auth/issuer-keys.ts';
export type { Principal, Role } from './auth/principal.ts';
export { isRole, PrincipalSchema, ROLES, RoleSchema } from './auth/principal.ts';
export type { SignTokenOptions } from './auth/sign-token.ts';
export { signToken } from './auth/sign-token.ts';
export type { IssuerAlgorithm } from './auth/token-settings.ts';
export {
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  DEFAULT_TOKEN_TTL_SECONDS,
  DEV_JWT_SECRET,
  ISSUER_ALGORITHMS,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
} from './auth/token-settings.ts';
export type {
  IssuerKeyOptions,
  SecretKeyOptions,
  TokenVerifier,
  TokenVerifierOptions,
} from './auth/verify-token.ts';
export { createTokenVerifier } from './auth/verify-token.ts';
export type { BaseConfig } from './config/base-config.ts';
export { baseConfigSchema } from './config/base-config.ts';
export type { ConfigError, ConfigIssue } from './config/config-error.ts';
export { isConfigError } from './config/config-error.ts';
export type { Env } from './config/env.ts';
export { loadConfig, loadConfigOrExit } from './config/load-config.ts';
export type { SigningKeyConfig } from './config/signing-key-config.ts';
export { DEV_SIGNING_KEY_WRAP_KEY, signingKeyConfigSchema } from './config/signing-key-config.ts';
export type { TokenConfig } from './config/token-config.ts';
export { tokenConfigSchema } from './config/token-config.ts';
export { trustedProxies, trustProxySchema } from './config/trust-proxy.ts';
export type { AppError, AppErrorFactory } from './errors/app-error.ts';
export { defineError, isAppError } from './errors/app-error.ts';
export {
  badRequest,
  concurrencyConflict,
  forbidden,
  internalError,
  methodNotAllowed,
  notFound,
  notReady,
  preconditionFailed,
  rateLimited,
  unauthenticated,
  unsupportedMediaType,
  validationFailed,
} from './errors/common-errors.ts';
export { domainErrorMapper } from './errors/domain-error-mapper.ts';
export type { DomainStatuses, ErrorMapper } from './errors/error-mapper.ts';
export type { OperationalError } from './errors/operational-error.ts';
export { isOperationalError, operationalError } from './errors/operational-error.ts';
export type { Problem } from './errors/problem.ts';
export { PROBLEM_CONTENT_TYPE, problemType } from './errors/problem.ts';
export type { FieldError } from './errors/validation-errors.ts';
export type { Caller, CallerOptions, RequestCaller } from './http/caller.ts';
export { callerOf, serviceActor, serviceCaller } from './http/caller.ts';
export type { OpenApiScratch } from './http/openapi-scratch.ts';
export { openApiScratch } from './http/openapi-scratch.ts';
export { ifMatchRevision, setEtag, withPrecondition } from './http/preconditions.ts';
export type { RateLimitDefaults } from './http/rate-limit.ts';
export { DEFAULT_RATE_LIMIT } from './http/rate-limit.ts';
export type { RouteEntry } from './http/route-table.ts';
export type { ServiceApi } from './http/service-api.ts';
export { CORRELATION_ID_HEADER, REQUEST_ID_HEADER } from './logging/request-context.ts';
export { createMetricsRegistry, HTTP_DURATION_METRIC, OPERATIONAL_ERRORS_METRIC } from './ops/metrics.ts';
export type { MongoConnection, MongoFlavour } from './ops/mongo-connection.ts';
export { connectMongo, detectMongoFlavour } from './ops/mongo-connection.ts';
export type { CheckOutcome, CheckStatus, ReadinessCheck } from './ops/readiness.ts';
export { DEFAULT_READINESS_TIMEOUT_MS } from './ops/readiness.ts';
export { caughtUpReadiness, kafkaReadiness, membershipReadiness, mongoReadiness } from './ops/readiness-checks.ts';
export type { Sealed } from './personal-data/aes-gcm.ts';
export { openBytes, sealBytes } from './personal-data/aes-gcm.ts';
export type { WorkerKeyDocument } from './personal-data/data-key.ts';
export type { ErasureLog, ErasureRecord } from './personal-data/erasure-log.ts';
export { erasureLog } from './personal-data/erasure-log.ts';
export type { IdentifiedWorker } from './personal-data/identify.ts';
export type { PersonalDataConfig } from './personal-data/personal-data-config.ts';
export {
  DEV_PERSONAL_DATA_KEY,
  DEV_WORKER_ID_KEY,
  personalDataConfigSchema,
} from './personal-data/personal-data-config.ts';
export { personalDataUnreadable } from './personal-data/personal-data-errors.ts';
export type { PersonalDataPort, ShownPerson } from './personal-data/personal-data-port.ts';
export { createPersonalDataVault, MAX_SEAL_MANY } from './personal-data/personal-data-vault.ts';
export type {
  NameToOpen,
  NameToSeal,
  OpenedPersonalData,
  PersonalDataVault,
  PersonalDataVaultOptions,
  PersonToSeal,
  SealedPerson,
  TargetGroupsToOpen,
  TargetGroupsToSeal,
} from './personal-data/personal-data-vault-types.ts';
export type { PersonalDataDocument } from './personal-data/personal-record.ts';
export { serviceVault } from './personal-data/service-vault.ts';
export type { Closer, RunServiceOptions } from './run-service.ts';
export { runService, SHUTDOWN_GRACE_MS } from './run-service.ts';
export type { ServiceAppDeps } from './service-app.ts';
export { createServiceApp } from './service-app.ts';
export type { ServiceConfig } from './service-runtime.ts';
export { connectService, serviceConfigSchema } from './service-runtime.ts';
