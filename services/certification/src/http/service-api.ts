import type { ServiceApi } from '@tianfu/service-kit';

/** The certification service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const certificationApi: ServiceApi = {
  name: 'certification',
  port: 4102,
  description:
    'Certification: the certificate office issues, revokes, suspends and reissues 职业技能等级证书 (from exam results, promotions, direct recognition and legacy imports); employers and the public verify them.',
  tags: {
    certificates: "The certificate office's reads and status commands",
    issuance: 'Direct recognition and legacy imports',
    verification: 'Verification by number and name, QR token or batch; public',
    documents: 'The QR code and the printable page',
    'keys-and-status': 'Signing keys and status lists of the verifiable credentials',
  },
};
