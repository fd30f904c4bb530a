import { type DomainStatuses, domainErrorMapper } from '@tianfu/service-kit';
import type { OfferErrorCode } from '../domain/catalogue-offer.ts';
import type { CertificateErrorCode } from '../domain/certificate-errors.ts';
import type { RecognitionErrorCode } from '../domain/direct-recognition/direct-recognition.ts';
import type { StatusListErrorCode } from '../domain/status-list/index.ts';

const statuses: DomainStatuses<
  CertificateErrorCode | OfferErrorCode | RecognitionErrorCode | Extract<StatusListErrorCode, 'STATUS_LIST_NOT_FOUND'>
> = {
  CERTIFICATE_NOT_FOUND: [404, 'Certificate not found'],
  CERTIFICATE_ALREADY_REVOKED: [409, 'Certificate revoked: that is final'],
  CERTIFICATE_ALREADY_SUSPENDED: [409, 'Certificate already suspended'],
  CERTIFICATE_NOT_SUSPENDED: [409, 'Certificate not suspended'],
  CERTIFICATE_SUSPENDED: [409, 'Certificate suspended: reinstate it first'],
  LEGACY_ROWS_REJECTED: [422, 'Legacy certificates have bad rows; nothing imported'],
  OCCUPATION_NOT_IN_CATALOGUE: [422, 'Occupation not in the catalogue'],
  LEVEL_NOT_OFFERED: [422, 'Level not offered by the standard in force'],
  RECOGNITION_NOT_ELIGIBLE: [422, 'Not eligible for direct recognition'],
  RECOGNITION_PANEL_NOT_APPROVED: [422, 'The expert panel did not approve'],
  RECOGNITION_DATE_IMPLAUSIBLE: [422, "The panel's decision day is before 2019 or after today"],
  STATUS_LIST_NOT_FOUND: [404, 'Status list not found'],
};

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export const mapError = domainErrorMapper(statuses);
