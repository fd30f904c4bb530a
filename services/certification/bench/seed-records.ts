import { randomBytes } from 'node:crypto';
import type { Collection } from 'mongodb';
import type { CertificateRecord } from '../src/application/certificate-records.ts';
import { credentialHolder } from '../src/crypto/index.ts';

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const given = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超'];
export const FILING_NO = 'Y000051009999';

export const benchName = (i: number): string =>
  `${surnames[i % surnames.length]}${given[Math.floor(i / 16) % given.length]}${given[Math.floor(i / 272) % given.length]}`;
export const benchNumber = (i: number): string => `${FILING_NO}25${1 + (i % 5)}${String(i).padStart(6, '0')}`;

/** `count` verification records as issuance leaves them, each with its holder's salted name hash. */
export async function seedRecords(records: Collection<CertificateRecord>, count: number): Promise<void> {
  const batch = 2_000;
  for (let start = 0; start < count; start += batch) {
    const docs = Array.from({ length: Math.min(batch, count - start) }, (_, k): CertificateRecord => {
      const i = start + k;
      return {
        _id: benchNumber(i),
        certificateId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        workerId: i.toString(16).padStart(64, '0'),
        revision: 1,
        status: i % 50 === 0 ? 'revoked' : 'valid',
        revocation: i % 50 === 0 ? { reason: 'fraud', at: '2025-07-01T00:00:00.000Z' } : null,
        statusEntry: { listId: 'bench', index: i },
        holder: credentialHolder(benchName(i), randomBytes(16).toString('base64url')),
        holderName: null,
        bodyId: 'bench-body',
        bodyName: '四川省某职业技能评价中心',
        occupationCode: '6-31-01-03',
        workType: '--',
        level: (['level1', 'level2', 'level3', 'level4', 'level5'] as const)[i % 5] ?? 'level3',
        issuedOn: '2025-06-30',
        printSerial: `${benchNumber(i)}-1`,
        basisPath: 'exam',
        basisReference: `session bench candidate ${i}`,
      };
    });
    await records.insertMany(docs, { ordered: false });
  }
}
