import { type OccupationCode, type SkillLevelKey, skillLevel, type WorkerId } from '@tianfu/contracts';

export const OCCUPATION_FRAMEWORK = '中华人民共和国职业分类大典（2022年版）';
/** Printed in the 工种/职业方向 field when the occupation has none (docs/domain.md §3.1). */
export const NO_WORK_TYPE = '--';

/** Everything one credential states; the holder's ID number is deliberately not among them (docs/domain.md §6.3). */
export interface CertificateCredentialInput {
  readonly certificateId: string;
  /** 证书编号, as on the CertificateIssued event (a 特级技师 or legacy number is accepted there too). */
  readonly certificateNo: string;
  readonly bodyId: string;
  /** 评价机构名称, exactly as registered. */
  readonly bodyName: string;
  readonly occupationCode: OccupationCode;
  /** 职业名称, e.g. 电工 */
  readonly occupationName: string;
  /** The page of the occupation's national standard; Open Badges requires a URL on an alignment. */
  readonly occupationUrl: string;
  /** 工种/职业方向, or NO_WORK_TYPE */
  readonly workType: string;
  readonly level: SkillLevelKey;
  /** 发证日期, YYYY-MM-DD, a date in China Standard Time. */
  readonly issuedOn: string;
  readonly workerId: WorkerId;
  /**
   * The holder's name masked (张*); null once the name is unknown or erased. The credential holds
   * no other name material: Chinese names are few enough that any hash of one, salted or not, is
   * inverted by trying common names, so matching a given name stays online (verification.ts).
   */
  readonly maskedName: string | null;
  /** The URLs of the list's revocation and suspension status list credentials, and the certificate's index in both. */
  readonly status: { readonly revocationList: string; readonly suspensionList: string; readonly index: number };
}

const statusEntry = (purpose: 'revocation' | 'suspension', list: string, index: number) => ({
  id: `${list}#${index}`,
  type: 'BitstringStatusListEntry',
  statusPurpose: purpose,
  statusListIndex: String(index),
  statusListCredential: list,
});

/** The unsigned W3C VC 2.0 / Open Badges 3.0 AchievementCredential for one certificate (docs/architecture.md "Certificates"). */
export function certificateCredential(input: CertificateCredentialInput) {
  const { label } = skillLevel(input.level);
  const hasWorkType = input.workType !== NO_WORK_TYPE;
  const occupation = hasWorkType ? `${input.occupationName}（${input.workType}）` : input.occupationName;
  const achievementPath = [input.occupationCode, ...(hasWorkType ? [input.workType] : []), input.level];
  const { revocationList, suspensionList, index } = input.status;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${input.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: '职业技能等级证书',
    certificateNo: input.certificateNo,
    issuer: { id: `urn:tianfu:body:${input.bodyId}`, type: ['Profile'], name: input.bodyName },
    validFrom: `${input.issuedOn}T00:00:00+08:00`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'systemId', hashed: false, identityHash: input.workerId }],
      maskedName: input.maskedName,
      achievement: {
        id: `urn:tianfu:achievement:${achievementPath.map(encodeURIComponent).join(':')}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: `${occupation} ${label}`,
        description: `职业技能等级证书：${occupation} ${label}`,
        criteria: { narrative: `经评价机构依据国家职业技能标准认定，达到${label}` },
        ...(hasWorkType ? { specialization: input.workType } : {}),
        level: { key: input.level, label },
        alignment: [
          {
            type: ['Alignment'],
            targetCode: input.occupationCode,
            targetFramework: OCCUPATION_FRAMEWORK,
            targetName: input.occupationName,
            targetUrl: input.occupationUrl,
          },
        ],
      },
    },
    // Revocation is final, suspension can be lifted: two purposes, two lists (W3C Bitstring Status List).
    credentialStatus: [
      statusEntry('revocation', revocationList, index),
      statusEntry('suspension', suspensionList, index),
    ],
  } as const;
}

export type CertificateCredential = ReturnType<typeof certificateCredential>;
