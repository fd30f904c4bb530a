import { describe, expect, it } from 'vitest';
import type { CertificateFact } from '../src/index.ts';
import { certificateStanding, heldCertificates } from '../src/index.ts';
import { issuedFact, revokedFact, sampleWorker } from './fact-samples.ts';

const worker = sampleWorker;
const issued = issuedFact;
const revoked = (n: number) => revokedFact(n);

const numbers = (facts: readonly CertificateFact[]) => heldCertificates(facts).map((c) => c.certificateNo);

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations(items.toSpliced(i, 1)).map((rest) => [item, ...rest]));
}

describe('the certificates a worker still holds (docs/domain.md §2.3 "certificate or old 职业资格")', () => {
  it('every issuance path counts: exam, competition, direct recognition (直接认定), appointment, legacy', () => {
    const paths = ['exam', 'competition', 'direct-recognition', 'appointment', 'legacy'] as const;
    expect(heldCertificates(paths.map((path, i) => issued(i, { path })))).toHaveLength(paths.length);
  });

  it('every step of the ladder is kept; which steps count is the reader’s rule', () => {
    const steps = (['apprentice', 'level1', 'principal-technician'] as const).map((level, i) => issued(i, { level }));
    expect(heldCertificates(steps).map((c) => c.level)).toEqual(['apprentice', 'level1', 'principal-technician']);
  });

  it('a revoked certificate stops counting, whichever of the two facts arrived first', () => {
    expect(heldCertificates([issued(1), revoked(1)])).toEqual([]);
    expect(heldCertificates([revoked(1), issued(1)])).toEqual([]);
    expect(numbers([issued(1), issued(2), revoked(1)])).toEqual([issued(2).certificateNo]);
    expect(certificateStanding([issued(1), issued(2), revoked(1)]).revoked).toEqual([issued(1)]);
  });

  it('every arrival order of issuances and revocations gives one answer', () => {
    const facts = [issued(3, { issuedOn: '2018-01-01' }), issued(1), issued(2), revoked(2)];
    const expected = certificateStanding(facts);
    expect(expected.held.map((c) => c._id)).toEqual(['issued-3', 'issued-1']);
    for (const order of permutations(facts)) expect(certificateStanding(order)).toEqual(expected);
  });
});

describe('suspension (a suspended certificate can be reinstated)', () => {
  const status = (n: number, kind: 'suspended' | 'reinstated', at: string): CertificateFact => ({
    _id: `${kind}-${n}-${at}`,
    kind,
    workerId: worker,
    certificateId: `certificate-${n}`,
    at,
  });

  it('a suspended certificate does not count until a later reinstatement, in any arrival order', () => {
    const suspendedOnly = [issued(1), status(1, 'suspended', '2025-02-01T00:00:00.000Z')];
    expect(certificateStanding(suspendedOnly)).toMatchObject({
      held: [],
      suspended: [{ certificateId: 'certificate-1' }],
    });
    const facts = [...suspendedOnly, status(1, 'reinstated', '2025-03-01T00:00:00.000Z')];
    for (const order of permutations(facts)) expect(numbers(order)).toEqual([issued(1).certificateNo]);
    const again = [...facts, status(1, 'suspended', '2025-04-01T00:00:00.000Z')];
    for (const order of permutations(again)) expect(numbers(order)).toEqual([]);
  });

  it('a revoked certificate stays revoked whatever its suspensions', () => {
    const facts = [
      issued(2),
      status(2, 'suspended', '2025-02-01T00:00:00.000Z'),
      revoked(2),
      status(2, 'reinstated', '2025-03-01T00:00:00.000Z'),
    ];
    expect(certificateStanding(facts)).toMatchObject({
      held: [],
      suspended: [],
      revoked: [{ certificateId: 'certificate-2' }],
    });
  });
});

describe('reissue (补发: the same number printed again)', () => {
  const reissued = (n: number, at: string): CertificateFact => ({
    _id: `reissued-${n}-${at}`,
    kind: 'reissued',
    workerId: worker,
    certificateId: `certificate-${n}`,
    printSerial: `S00005100106419400000${n}-2`,
    at,
  });

  it('leaves a certificate where it stood: held stays held, revoked stays revoked', () => {
    expect(numbers([issued(1), reissued(1, '2025-02-01T00:00:00.000Z')])).toEqual([issued(1).certificateNo]);
    const revokedThenReprinted = [issued(2), reissued(2, '2025-02-01T00:00:00.000Z'), revoked(2)];
    expect(certificateStanding(revokedThenReprinted)).toMatchObject({
      held: [],
      revoked: [{ certificateId: 'certificate-2' }],
    });
  });
});
