export type {
  CertificateFact,
  CertificateIssuedFact,
  CertificateReissuedFact,
  CertificateRevokedFact,
  CertificateStatusFact,
} from './certificate-fact.ts';
export type { CertificateEvent, CertificateFacts } from './certificate-facts.ts';
export { byWorkers, certificateFacts, openCertificateFacts } from './certificate-facts.ts';
export { certificateFactsPolicy } from './certificate-facts-policy.ts';
export type { CertificateStanding, CertifiedLevelKey } from './held-certificates.ts';
export {
  certificateStanding,
  heldCertificates,
  higherCertifiedLevel,
  highestCertifiedLevel,
} from './held-certificates.ts';
