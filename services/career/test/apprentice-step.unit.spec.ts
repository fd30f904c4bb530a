import type { SealedName } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { projectEnvelope } from '../src/application/career-policy.ts';
import type { ApprenticeshipFact, CareerFact } from '../src/domain/career-facts.ts';
import { deriveLadder } from '../src/domain/ladder.ts';
import { summariseWorker } from '../src/domain/worker-summary.ts';
import { apprenticeshipCompleted } from './career-samples.ts';

const workerId = 'd'.repeat(64);
const cook = '4-03-02-01';
const sealed = 'n1.00000000-0000-4000-8000-000000000001.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.QUJD' as SealedName;

const apprenticeship: ApprenticeshipFact = {
  kind: 'apprenticeship',
  factId: 'f-ap',
  workerId,
  date: '2026-12-31',
  apprenticeshipId: 'ap-1',
  occupationCode: cook,
  employerName: '成都蜀味餐饮集团有限公司',
  holderName: sealed,
};

describe('the 学徒工 step from a completed apprenticeship (docs/domain.md §1, §7.6)', () => {
  it('given a completed apprenticeship, when the ladder is read, then 学徒工 (ordinal 0) shows in its occupation with its source and date', () => {
    const ladder = deriveLadder(workerId, [apprenticeship], '2027-01-01');
    expect(ladder.occupations).toEqual([
      {
        occupationCode: cook,
        current: 'apprentice',
        steps: [
          expect.objectContaining({
            level: 'apprentice',
            label: '学徒工',
            date: '2026-12-31',
            basis: 'apprenticeship',
            reference: 'apprenticeship ap-1 (成都蜀味餐饮集团有限公司)',
            certificateNo: null,
            droppedOn: null,
          }),
        ],
      },
    ]);
    expect(ladder.highest).toEqual({ level: 'apprentice', occupationCode: cook });
    expect(ladder.highSkill).toBe(false);
  });

  it('given the step and a later 四级 certificate, then the occupation stands at 四级 with 学徒工 below it; before completion there is no step', () => {
    const certificate: CareerFact = {
      kind: 'certificate',
      factId: 'f-c',
      workerId,
      date: '2027-06-01',
      certificateId: 'c-1',
      certificateNo: 'Y000051001064274000001',
      occupationCode: cook,
      level: 'level4',
      basis: 'exam',
      reference: 'session s-1',
      bodyId: 'b-1',
      holderName: null,
    };
    const ladder = deriveLadder(workerId, [certificate, apprenticeship], '2027-07-01');
    expect(ladder.occupations[0]?.steps.map((s) => s.level)).toEqual(['apprentice', 'level4']);
    expect(ladder.occupations[0]?.current).toBe('level4');
    expect(deriveLadder(workerId, [apprenticeship], '2026-12-30').occupations).toEqual([]);
  });

  it('the summary carries the apprentice’s sealed name when no certificate names them', () => {
    expect(summariseWorker(workerId, [apprenticeship], '2027-01-01')).toMatchObject({
      highest: 'apprentice',
      holderName: sealed,
    });
  });

  it('the training topic’s completion projects one fact keyed by its event; an agreement or termination none', () => {
    const envelope = apprenticeshipCompleted(workerId, 'ap-9', '2026-06-30');
    expect(projectEnvelope(envelope)?.facts).toEqual([
      expect.objectContaining({
        kind: 'apprenticeship',
        factId: envelope.eventId,
        date: '2026-06-30',
        occupationCode: cook,
      }),
    ]);
  });
});
