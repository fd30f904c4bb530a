import { type CertificateCredentialInput, NO_WORK_TYPE } from '../src/domain/credential/index.ts';

/** An issued 电工 三级 certificate as the credential builder takes it. */
export const input: CertificateCredentialInput = {
  certificateId: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
  certificateNo: 'Y000051001064253000123',
  bodyId: 'body-7',
  bodyName: '四川天府技能评价中心有限公司',
  occupationCode: '6-31-01-03',
  occupationName: '电工',
  occupationUrl: 'https://www.osta.org.cn/',
  workType: NO_WORK_TYPE,
  level: 'level3',
  issuedOn: '2025-06-30',
  workerId: 'a'.repeat(64),
  maskedName: '张*',
  status: {
    revocationList: 'https://cert.example/v1/status-lists/l1/revocation',
    suspensionList: 'https://cert.example/v1/status-lists/l1/suspension',
    index: 4242,
  },
};
