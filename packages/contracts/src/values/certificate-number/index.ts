/**
 * 证书编号 in one module (docs/domain.md §3.2): the layouts of each number form, building and
 * parsing a skill-level number, classifying any number a person types, and its schema.
 */

export { AnyCertificateNumberSchema } from './any-number-schema.ts';
export type { BodyKind, CertificateNo, CertificateNoParts } from './certificate-no.ts';
export {
  BodyFilingNoSchema,
  buildCertificateNo,
  CertificateNoPartsSchema,
  CertificateNoSchema,
  certificateNoPattern,
  certificateNoPrefix,
  isCertificateNo,
  parseCertificateNo,
} from './certificate-no.ts';
export type {
  CertificateNumberKind,
  CertificateNumberProblem,
  RecognisedCertificateNumber,
} from './classify.ts';
export { certificateNumberFormats, classifyCertificateNumber } from './classify.ts';
export type { NumberLayout, NumberSegment } from './layouts.ts';
export {
  principalTechnicianLayout,
  skillLevelCertificateLayout,
  vocationalQualificationLayout,
} from './layouts.ts';
