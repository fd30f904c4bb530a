import type { DevTokens } from '../dev-tokens.ts';
import type { ServiceHttp } from '../http/service-http.ts';

/** The certificate office's view of one certificate (everything but the sealed name). */
export interface CertificateView {
  readonly certificateNo: string;
  readonly workerId: string;
  readonly status: 'valid' | 'suspended' | 'revoked';
  readonly bodyId: string;
  readonly bodyName: string;
  readonly occupationCode: string;
  readonly level: string;
  readonly issuedOn: string;
  /** exam, competition, direct-recognition, appointment or legacy */
  readonly basis: string;
}

export interface Verification {
  readonly result: 'valid' | 'not-yet-valid' | 'suspended' | 'revoked' | 'not-found';
  readonly certificate: {
    readonly certificateNo: string;
    readonly maskedName: string | null;
    readonly levelLabel: string;
    readonly bodyName: string;
    readonly issuedOn: string;
    readonly revokedOn: string | null;
  } | null;
}

export interface VerifyRequest {
  readonly certificateNo: string;
  readonly name: string;
}

export type RevocationReason = 'fraud' | 'issued-in-error' | 'outcome-superseded' | 'other';

/** The certification service (port 4102): the certificate office's records, and verification for anyone. */
export function certificationClient(http: ServiceHttp, tokens: DevTokens) {
  const office = () => tokens({ role: 'certificate-office' });
  const certificatePath = (certificateNo: string) => `/v1/certificates/${encodeURIComponent(certificateNo)}`;

  return {
    certificate: async (certificateNo: string) =>
      http.find<CertificateView>(certificatePath(certificateNo), await office()),
    revoke: async (certificateNo: string, reason: RevocationReason, note: string) =>
      http.send<CertificateView>({
        method: 'POST',
        path: `${certificatePath(certificateNo)}/revoke`,
        token: await office(),
        json: { reason, note },
      }),
    /** Public: a wrong name answers like an unknown number. */
    verify: (json: VerifyRequest) => http.send<Verification>({ method: 'POST', path: '/v1/verify', json }),
    /** An employer's batch, up to 1,000 at once. */
    verifyBatch: async (items: readonly VerifyRequest[], employerBodyId?: string) =>
      http.send<{ items: Verification[] }>({
        method: 'POST',
        path: '/v1/verify/batch',
        token: await tokens({ role: 'employer', ...(employerBodyId === undefined ? {} : { bodyId: employerBodyId }) }),
        json: { items },
      }),
  };
}

export type CertificationClient = ReturnType<typeof certificationClient>;
