import { describe, expect, it } from 'vitest';
import { certificateHistory, type StoredCertificateEvent } from '../src/application/certificate-history.ts';
import { openHolderNames } from '../src/application/holder-names-opened.ts';

const at = '2025-07-01T02:00:00.000Z';
const clerk = { kind: 'user', id: 'clerk-1' } as const;
const change = { certificateId: 'c-1', workerId: 'w'.repeat(64), at };

describe('a certificate’s history', () => {
  it('given a suspension, a reinstatement and a revocation, each entry says who, when, why and the note', () => {
    const events = [
      { type: 'certification.CertificateSuspended', data: { ...change, note: '核查中' }, actor: clerk, occurredAt: at },
      { type: 'certification.CertificateReinstated', data: { ...change, note: '无误' }, actor: clerk, occurredAt: at },
      {
        type: 'certification.CertificateRevoked',
        data: { ...change, reason: 'fraud', note: '造假' },
        actor: clerk,
        occurredAt: at,
      },
    ] as unknown as StoredCertificateEvent[];
    expect(certificateHistory(events)).toEqual([
      { change: 'suspended', at, by: 'user:clerk-1', reason: null, note: '核查中', printSerial: null },
      { change: 'reinstated', at, by: 'user:clerk-1', reason: null, note: '无误', printSerial: null },
      { change: 'revoked', at, by: 'user:clerk-1', reason: 'fraud', note: '造假', printSerial: null },
    ]);
  });
});

describe('opening holders’ names for the office', () => {
  it('given records with and without a sealed name, the names come back in order, null where none or erased', async () => {
    const asked: unknown[] = [];
    const names = {
      openNames: async (items: readonly { readonly sealed: unknown }[]) => {
        asked.push(...items);
        return items.map((item) => (item.sealed === 'erased' ? null : `name of ${String(item.sealed)}`));
      },
    };
    const records = [
      { workerId: 'a', holderName: 'sealed-a' },
      { workerId: 'b', holderName: null },
      { workerId: 'c', holderName: 'erased' },
    ] as never[];
    expect(await openHolderNames(names as never, records)).toEqual(['name of sealed-a', null, null]);
    expect(asked).toHaveLength(2);
  });
});
