import {
  type CertificateIssuedData,
  nameBasedId,
  type OccupationCode,
  type SealedName,
  type WorkerId,
} from '@tianfu/contracts';
import type { NumberedLevel } from './numbering/index.ts';

/** Our namespace for certificate ids derived from other services' events (RFC 9562 v5). */
export const CERTIFICATE_ID_NAMESPACE = '8d3f6c2e-5b7a-4f1e-9c0d-2a6b4e8f1c37';

/** A certificate issued from an event (or a legacy number) has an id derived from it: a repeat cannot issue twice. */
export const certificateIdFor = (source: string): string => nameBasedId(source, CERTIFICATE_ID_NAMESPACE);

/** The evaluation body a certificate is issued in the name of ("谁评价、谁发证", docs/domain.md §2.1). */
export interface IssuingBody {
  readonly bodyId: string;
  /** 备案号; null only for a legacy 职业资格证书, whose number has its own form. */
  readonly filingNo: string | null;
  readonly bodyName: string;
}

/** What every issuance path decides before a number is allocated: one shape for all four paths. */
export interface Issuance {
  readonly certificateId: string;
  readonly workerId: WorkerId;
  readonly holderName: SealedName | null;
  readonly body: IssuingBody;
  readonly occupationCode: OccupationCode;
  readonly workType: string;
  readonly level: NumberedLevel;
  /** 发证日期, YYYY-MM-DD */
  readonly issuedOn: string;
  readonly basis: CertificateIssuedData['basis'];
  /** A legacy certificate keeps the number it was issued with; every other one is numbered here. */
  readonly certificateNo: string | null;
}
