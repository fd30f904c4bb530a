import { fileURLToPath } from 'node:url';
import {
  type AnyEventDefinition,
  AppointmentMade,
  CandidatePassed,
  CertificateIssued,
  CertificateReinstated,
  CertificateReissued,
  CertificateRevoked,
  CertificateSuspended,
  certificationEvents,
  PromotionAwarded,
} from '@tianfu/contracts';
import { freeTextSuite, residentIdNumber } from '@tianfu/testing';
import { CaseRevocationSchema, RevokeSchema, StatusChangeSchema } from '../src/http/certificate-schemas.ts';
import { CertificateSearchSchema } from '../src/http/certificate-search-schemas.ts';
import { DirectRecognitionSchema, LegacyImportSchema } from '../src/http/issuance-schemas.ts';
import { TokenSchema, VerifyBatchSchema, VerifyRequestSchema } from '../src/http/verify-schemas.ts';

const at = (event: AnyEventDefinition, path: string) => ({ event, path });
const sealed = { only: 'sealed under the worker key before anything keeps it' };
const compared = { only: 'compared with the sealed name, never kept' };
const inReference = { only: 'within basis.reference, composed and cut by clipText' };
const document = { idType: 'resident-id-card', idNumber: residentIdNumber(1) };
const issued = (path: string) => [at(CertificateIssued, path)];
const verify = { certificateNo: 'Y000051009999253999999', name: '李四' };

freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    'POST /v1/certificates/:certificateNo/revoke': {
      body: RevokeSchema,
      sample: { reason: 'fraud', note: '弄虚作假' },
      text: { note: [at(CertificateRevoked, 'note')] },
    },
    'POST /v1/revocations': {
      body: CaseRevocationSchema,
      sample: { caseRef: 'CASE-2026-031', reason: 'fraud', note: '考场替考', sessionId: 's-1' },
      text: { note: [at(CertificateRevoked, 'note')] },
    },
    'POST /v1/certificates/:certificateNo/${action}': {
      body: StatusChangeSchema,
      sample: { note: '遗失' },
      text: {
        note: [at(CertificateSuspended, 'note'), at(CertificateReinstated, 'note'), at(CertificateReissued, 'note')],
      },
    },
    'POST /v1/certificates/direct-recognitions': {
      body: DirectRecognitionSchema,
      sample: {
        recognitionId: 'r-1',
        document,
        name: '张三',
        body: { bodyId: 'b-1', filingNo: 'Y000051001064', bodyName: '某公司' },
        occupationCode: '6-31-01-03',
        level: 'level3',
        evidence: {
          yearsInOccupation: 10,
          employer: { name: '某公司' },
          panel: { decision: 'approved', decidedOn: '2025-01-01', documentNo: '川人社〔2025〕1号' },
        },
      },
      text: {
        recognitionId: [{ only: 'hashed into the certificate id' }],
        name: [sealed],
        'body.bodyName': issued('bodyName'),
        workType: issued('workType'),
        'evidence.employer.name': [inReference],
        'evidence.panel.documentNo': [inReference],
      },
    },
    'POST /v1/certificates/legacy': {
      body: LegacyImportSchema,
      sample: {
        items: [
          {
            certificateNo: '1351000000300001',
            document,
            name: '张三',
            occupationCode: '6-31-01-03',
            level: 'level3',
            issuedOn: '2010-01-01',
            issuerName: '某鉴定所',
          },
        ],
      },
      text: {
        'items.*.certificateNo': [{ only: 'classified, then kept as the checked number' }],
        'items.*.name': [sealed],
        'items.*.workType': issued('workType'),
        'items.*.issuerName': issued('bodyName'),
      },
    },
    // A read sent as a POST so an ID number never sits in a URL: nothing in it is kept.
    'POST /v1/certificates/search': { body: CertificateSearchSchema, sample: { document, status: 'valid' }, text: {} },
    'POST /v1/signing-keys/rotate': { body: null },
    'POST /v1/verify': { body: VerifyRequestSchema, sample: verify, text: { name: [compared] } },
    'POST /v1/verify/batch': {
      body: VerifyBatchSchema,
      sample: { items: [verify] },
      text: { 'items.*.name': [compared] },
    },
    'POST /v1/verify/token': {
      body: TokenSchema,
      sample: { token: 'x'.repeat(40) },
      opaque: { token: 'a signed credential: its signature is checked, nothing of it is kept' },
    },
  },
  events: certificationEvents,
  carries: [
    { from: at(CandidatePassed, 'bodyName'), to: at(CertificateIssued, 'bodyName') },
    { from: at(CandidatePassed, 'workType'), to: at(CertificateIssued, 'workType') },
    { from: at(PromotionAwarded, 'issuingBody.bodyName'), to: at(CertificateIssued, 'bodyName') },
    { from: at(PromotionAwarded, 'workType'), to: at(CertificateIssued, 'workType') },
    { from: at(AppointmentMade, 'employer.bodyName'), to: at(CertificateIssued, 'bodyName') },
    { from: at(AppointmentMade, 'workType'), to: at(CertificateIssued, 'workType') },
  ],
  generated: { 'certification.CertificateIssued basis.reference': 'composed from checked text, cut by clipText' },
  identifiers: ['certificateNo', 'bodyId', 'printSerial', 'sourceEventId'],
});
