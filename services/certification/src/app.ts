import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { type BatchLimits, batchQuota } from './application/batch-quota.ts';
import { caseRevocations } from './application/case-revocations.ts';
import { type CataloguePort, catalogueNames, occupationNames } from './application/catalogue-port.ts';
import { certificateCommands } from './application/certificate-commands.ts';
import { certificateIssuer } from './application/certificate-issuer.ts';
import { certificateOfficeReads } from './application/certificate-office-reads.ts';
import { certificateProjection } from './application/certificate-projection.ts';
import { certificateReadModels } from './application/certificate-read-models.ts';
import { certificateReferences } from './application/certificate-references.ts';
import { certificateTokens } from './application/certificate-tokens.ts';
import { certificationPolicy } from './application/certification-policy.ts';
import { credentialSignatures } from './application/credential-signatures.ts';
import { issuanceCommands } from './application/issuance-commands.ts';
import { DEFAULT_MISS_WATCH, type MissWatchSettings, missWatch } from './application/miss-watch.ts';
import { referenceVerifier } from './application/reference-verification.ts';
import { statusLists } from './application/status-lists.ts';
import { verifier } from './application/verification.ts';
import { verificationIndex } from './application/verification-index.ts';
import batchVerifyRoutes from './http/batch-verify-routes.ts';
import certificateOfficeRoutes from './http/certificate-office-routes.ts';
import certificateRoutes from './http/certificate-routes.ts';
import documentRoutes from './http/document-routes.ts';
import { mapError } from './http/error-statuses.ts';
import issuanceRoutes from './http/issuance-routes.ts';
import keyRoutes from './http/key-routes.ts';
import referenceRoutes from './http/reference-routes.ts';
import { certificationApi } from './http/service-api.ts';
import verifyRoutes from './http/verify-routes.ts';
import type { CertificationStorage } from './storage.ts';

export interface CertificationDeps extends ServiceAppDeps {
  readonly storage: CertificationStorage;
  /** The occupation catalogue held in memory: what the office may issue, and the names certificates show. */
  readonly catalogue: CataloguePort;
  /** The public origin verifiers reach, e.g. https://cert.example.gov.cn: in QR codes and status list ids. */
  readonly baseUrl: string;
  /** The status list new certificates go on. */
  readonly statusListId: string;
  readonly verifyPerMinute: number;
  /** Batch verification items per minute, per employer token and per employer body. */
  readonly batchLimits: BatchLimits;
  /** When a token's batch misses alert; the defaults unless a test needs a small window. */
  readonly missWatch?: MissWatchSettings;
}

/**
 * The certification service's HTTP app, the policy its Kafka consumer runs and the read models its
 * read-model consumer repairs; main.ts wires them.
 */
export async function buildApp(deps: CertificationDeps) {
  const { storage, baseUrl, clock, catalogue } = deps;
  const occupationNameOf = occupationNames(catalogue);
  const app: App = await createServiceApp(certificationApi, deps, mapError);
  const lists = statusLists({
    flags: storage.flags,
    records: storage.records,
    keys: storage.keys,
    currentListId: deps.statusListId,
    baseUrl,
    issuer: `${baseUrl}/issuer`,
    clock,
  });
  const index = verificationIndex({
    records: storage.records,
    flags: storage.flags,
    erasures: storage.erasures,
    clock,
  });
  await index.start();
  app.addHook('onClose', async () => index.stop());
  const project = certificateProjection(storage.records, lists, storage.names, index, clock);
  const readModels = certificateReadModels(storage.store, project, app.log);
  const certificates = certificateCommands(storage.store, storage.records, project, readModels, clock);
  const issue = certificateIssuer({ ...storage, statusListId: deps.statusListId, project, readModels, clock });
  const tokens = certificateTokens(storage.keys, baseUrl, occupationNameOf);
  const references = certificateReferences(storage.records, baseUrl);
  const signedBy = credentialSignatures(tokens, storage.keys.jwks);
  const sources = { index, clock, catalogueNameOf: catalogueNames(catalogue) };
  const verification = verifier({ ...sources, jwks: storage.keys.jwks, signedBy });
  await app.register(verifyRoutes, { verifier: verification, perMinute: deps.verifyPerMinute });
  await app.register(batchVerifyRoutes, {
    verifier: verification,
    quota: batchQuota(deps.batchLimits, clock),
    watch: missWatch(deps.missWatch ?? DEFAULT_MISS_WATCH, clock),
  });
  await app.register(referenceRoutes, {
    verifyReference: referenceVerifier({ ...sources, references, tokens, signedBy }),
    perMinute: deps.verifyPerMinute,
  });
  await app.register(certificateRoutes, {
    certificates,
    revocations: caseRevocations(storage.records, certificates),
  });
  const reads = certificateOfficeReads(storage.store, storage.records, storage.names);
  await app.register(certificateOfficeRoutes, { certificates, reads });
  const issuance = issuanceCommands(issue, storage.names, catalogue, clock);
  await app.register(issuanceRoutes, { issuance, certificates });
  await app.register(documentRoutes, { certificates, references, names: storage.names, occupationNameOf });
  await app.register(keyRoutes, { keys: storage.keys, lists });
  const policy = certificationPolicy({ issue, certificates, records: storage.records });
  return { app, issue, policy, readModels };
}
