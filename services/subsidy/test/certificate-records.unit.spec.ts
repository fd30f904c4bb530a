import type { CertificateFact } from '@tianfu/platform-certificates';
import { describe, expect, it } from 'vitest';
import { certificateRecords } from '../src/application/certificate-records.ts';
import { certificateNo, changed, holder, issued, reissued } from './certificate-samples.ts';

const only = (facts: readonly CertificateFact[]) => {
  const [record, ...rest] = certificateRecords(facts);
  expect(rest).toEqual([]);
  return record;
};

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations(items.toSpliced(i, 1)).map((rest) => [item, ...rest]));
}

describe('a certificate as a subsidy claim is judged on it (docs/domain.md §7.9)', () => {
  it('given its issuance, then the holder, occupation, level, 核发 date, valid since that day, no reissue', () => {
    expect(only([issued])).toEqual({
      certificateNo,
      certificateId: issued.certificateId,
      workerId: holder,
      occupationCode: '6-31-01-03',
      level: 'level4',
      issuedOn: '2024-05-10',
      path: 'exam',
      status: 'valid',
      statusSince: '2024-05-10',
      reissues: [],
    });
  });

  it('given a suspension, then suspended since it; given a later reinstatement, valid since that', () => {
    const suspended = changed('suspended', '2024-08-01T00:00:00.000Z');
    expect(only([issued, suspended])).toMatchObject({ status: 'suspended', statusSince: '2024-08-01T00:00:00.000Z' });
    const reinstated = changed('reinstated', '2024-09-01T00:00:00.000Z');
    expect(only([issued, suspended, reinstated])).toMatchObject({
      status: 'valid',
      statusSince: '2024-09-01T00:00:00.000Z',
    });
  });

  it('given a reissue, then the same certificate and status with the reprint listed', () => {
    const reprint = reissued('2024-10-01T00:00:00.000Z', `${certificateNo}-2`);
    expect(only([issued, reprint])).toMatchObject({
      status: 'valid',
      reissues: [{ printSerial: `${certificateNo}-2`, at: '2024-10-01T00:00:00.000Z' }],
    });
  });

  it('given a revocation, then revoked since it, in whatever order the facts arrived', () => {
    const facts = [
      issued,
      changed('suspended', '2024-08-01T00:00:00.000Z'),
      changed('reinstated', '2024-09-01T00:00:00.000Z'),
      reissued('2024-10-01T00:00:00.000Z', `${certificateNo}-2`),
      changed('revoked', '2025-01-10T08:00:00.000Z'),
    ];
    const expected = only(facts);
    expect(expected).toMatchObject({ status: 'revoked', statusSince: '2025-01-10T08:00:00.000Z' });
    for (const order of permutations(facts)) expect(certificateRecords(order)).toEqual([expected]);
  });

  it('given only a status change whose issuance has not arrived, then no certificate yet', () => {
    expect(certificateRecords([changed('revoked', '2025-01-10T08:00:00.000Z')])).toEqual([]);
  });
});
