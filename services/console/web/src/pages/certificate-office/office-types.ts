import { SkillLevelKeySchema, skillLevel } from '@tianfu/contracts/forms';

/** What the office pages show of a certificate (certification's CertificateRecord answer). */
export interface OfficeCertificate {
  readonly certificateNo: string;
  readonly status: 'valid' | 'suspended' | 'revoked';
  readonly revocation: { readonly reason: string; readonly at: string } | null;
  readonly holderName: string | null;
  readonly maskedName: string | null;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly occupationCode: string;
  readonly level: string;
  readonly issuedOn: string;
  readonly printSerial: string;
  readonly basis: string;
  readonly basisReference: string;
}

export type StatusAction = 'revoke' | 'suspend' | 'reinstate' | 'reissue';

/** The actions a certificate in this status can take: a revoked one none, a suspended one must be reinstated first. */
export const actionsFor = (status: OfficeCertificate['status']): readonly StatusAction[] =>
  status === 'revoked' ? [] : status === 'suspended' ? ['reinstate', 'revoke'] : ['suspend', 'reissue', 'revoke'];

/** A level's label as the certificate states it (三级/高级工); a key the catalogue does not know shows as is. */
export function levelLabel(level: string): string {
  const key = SkillLevelKeySchema.safeParse(level);
  return key.success ? skillLevel(key.data).label : level;
}
