import { describe, expect, it } from 'vitest';
import { ClaimRequestSchema, certificateOnlyBasis, createEventRegistry, subsidyEvents } from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

const registry = createEventRegistry([...subsidyEvents]);
const workerId = 'ab'.repeat(32);

/** The fields a claim of each kind names beside kind and region (docs/domain.md §7.10), as the refusal names them. */
const missing = (body: object) => {
  const parsed = ClaimRequestSchema.safeParse({ region: '510100', ...body });
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join('.')}:${(i as { params?: { rule?: string } }).params?.rule}`);
};

describe('a subsidy claim request names what its kind rests on (docs/domain.md §7.10)', () => {
  it('given each kind without its fields, then each missing field is named with the rule required_for_kind', () => {
    expect(missing({ kind: 'skill-upgrade' })).toEqual(['certificateNo:required_for_kind']);
    expect(missing({ kind: 'training', certificateNo: 'S000051000164193000077' })).toEqual([
      'classId:required_for_kind',
    ]);
    expect(missing({ kind: 'apprenticeship', apprenticeshipId: 'app-1' })).toEqual([
      'agreementYear:required_for_kind',
      'stage:required_for_kind',
    ]);
    expect(missing({ kind: 'living' })).toEqual(['classId:required_for_kind']);
  });

  it('given each kind with its fields, then it parses', () => {
    expect(missing({ kind: 'living', classId: 'cls-1', workerId })).toEqual([]);
    expect(missing({ kind: 'apprenticeship', apprenticeshipId: 'app-1', agreementYear: 2, stage: 'advance' })).toEqual(
      [],
    );
    expect(
      ClaimRequestSchema.safeParse({
        region: '510100',
        kind: 'apprenticeship',
        apprenticeshipId: 'a',
        agreementYear: 4,
        stage: 'advance',
      }).success,
    ).toBe(false);
  });
});

describe('subsidy.ClaimDecided version 2: the basis beside the certificate', () => {
  it('given a version 1 claim, when read, then it rests on its certificate alone', () => {
    const decided = {
      claimId: `clm-${'0'.repeat(32)}`,
      workerId,
      region: '510100',
      payee: 'worker',
      decision: {
        outcome: 'approved',
        kind: 'skill-upgrade',
        workerId,
        certificateNo: 'S000051000164193000077',
        claimedOn: '2024-06-01',
        judgedOn: '2024-06-01',
        countsInYear: 2024,
        ruleSet: null,
        amountFen: 150_000,
        advanceFen: null,
        shortage: null,
        checks: [
          { rule: 'amount', status: 'passed', clause: null, confirmed: true, explanation: '四级', claimableFrom: null },
        ],
      },
      subsidised: { occupationCode: '6-31-01-03', level: 'level4' },
      insurance: { status: 'unknown' },
      decidedAt: '2024-06-01T02:00:00.000Z',
    };
    const parsed = registry.parse(storedEvent('subsidy.ClaimDecided', 1, decided));
    expect(parsed.schemaVersion).toBe(2);
    expect((parsed.data as { basis: unknown }).basis).toEqual(certificateOnlyBasis);
  });
});
