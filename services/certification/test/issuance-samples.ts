import type { RecogniseDirectly } from '../src/domain/direct-recognition/direct-recognition.ts';
import type { LegacyCertificate } from '../src/domain/legacy-certificate.ts';

const workerId = 'd'.repeat(64);

/** A 焊工 recognised at 二级 by an approving panel on 2025-09-10, after 9 years in the occupation. */
export const recognition: RecogniseDirectly = {
  recognitionId: 'CY-2025-0042',
  workerId,
  holderName: null,
  body: { bodyId: 'b-9', filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' },
  occupationCode: '6-18-02-04',
  workType: '--',
  level: 'level2',
  evidence: {
    yearsInOccupation: 9,
    employer: { name: '四川某重工有限公司', creditCode: null },
    panel: { decision: 'approved', decidedOn: '2025-09-10', documentNo: '川渝评〔2025〕42号' },
    heldLevel: null,
  },
};

/** The recognition `of`, its panel deciding on `day`. */
export const decidedOn = (day: string, of: RecogniseDirectly = recognition): RecogniseDirectly => ({
  ...of,
  evidence: { ...of.evidence, panel: { ...of.evidence.panel, decidedOn: day } },
});

/**
 * A 维修电工 三级 职业资格证书 of 2009. Its 16 digits: year 09, province 51, city 01, body kind 2,
 * body serial 003, level 3, serial 00042.
 */
export const legacyRow: LegacyCertificate = {
  certificateNo: '0951012003300042',
  workerId,
  holderName: null,
  occupationCode: '6-31-01-03',
  workType: '维修电工',
  level: 'level3',
  issuedOn: '2009-12-01',
  issuerName: '四川省职业技能鉴定指导中心',
};
