import { domainError } from '@tianfu/decider';

/** Why a command on a certificate is refused; statuses live with the routes. */
export type CertificateErrorCode =
  | 'CERTIFICATE_NOT_FOUND'
  | 'CERTIFICATE_ALREADY_REVOKED'
  | 'CERTIFICATE_ALREADY_SUSPENDED'
  | 'CERTIFICATE_NOT_SUSPENDED'
  | 'CERTIFICATE_SUSPENDED'
  | 'LEGACY_ROWS_REJECTED';

export const certificateError = (code: CertificateErrorCode, detail: string, details?: Record<string, unknown>) =>
  domainError<CertificateErrorCode>(code, detail, details);
