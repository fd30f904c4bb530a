import type { CertificateStatus } from './certificate.ts';

export type Validity = CertificateStatus | 'not-yet-valid';

/**
 * A certificate is valid from its 发证日期 (docs/domain.md §3.1; it has no expiry date), never before:
 * one dated in the future (a 特级技师 appointment whose term starts next year is certified dated
 * the term's start) is recorded at once, so its number and register entry are settled, but
 * verification says not-yet-valid until that day (China Standard Time). A revocation or suspension
 * is stated whatever the date.
 */
export const validityOn = (issuedOn: string, status: CertificateStatus, today: string): Validity =>
  status === 'valid' && issuedOn > today ? 'not-yet-valid' : status;
