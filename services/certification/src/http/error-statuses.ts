import { type DomainError, isConcurrencyError, isDomainError } from '@tianfu/eventstore';
import { type AppError, concurrencyConflict, defineError } from '@tianfu/service-kit';
import type { CertificateErrorCode } from '../domain/certificate-errors.ts';
import type { RecognitionErrorCode } from '../domain/direct-recognition/direct-recognition.ts';

const statuses: Record<CertificateErrorCode | RecognitionErrorCode, readonly [number, string]> = {
  CERTIFICATE_NOT_FOUND: [404, 'Certificate not found'],
  CERTIFICATE_ALREADY_REVOKED: [409, 'Certificate revoked: that is final'],
  CERTIFICATE_ALREADY_SUSPENDED: [409, 'Certificate already suspended'],
  CERTIFICATE_NOT_SUSPENDED: [409, 'Certificate not suspended'],
  CERTIFICATE_SUSPENDED: [409, 'Certificate suspended: reinstate it first'],
  LEGACY_ROWS_REJECTED: [422, 'Legacy certificates have bad rows; nothing imported'],
  RECOGNITION_NOT_ELIGIBLE: [422, 'Not eligible for direct recognition'],
  RECOGNITION_PANEL_NOT_APPROVED: [422, 'The expert panel did not approve'],
};

const known = (error: DomainError): error is DomainError<CertificateErrorCode | RecognitionErrorCode> =>
  error.code in statuses;

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export function mapError(error: unknown): AppError | undefined {
  if (isConcurrencyError(error)) return concurrencyConflict('the certificate changed meanwhile; retry');
  if (!isDomainError(error) || !known(error)) return undefined;
  const [status, title] = statuses[error.code];
  return defineError(error.code, status, title)(error.message, error.details);
}
