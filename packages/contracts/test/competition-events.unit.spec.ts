import { describe, expect, it } from 'vitest';
import { competitionEvents, createEventRegistry, PromotionAwarded } from '../src/index.ts';

const promotion = {
  competitionId: 'c-2025-sc-1',
  competitionName: '2025年四川技能大赛',
  tier: 'provincial-class-1',
  year: 2025,
  contestEventId: 'welding',
  entrantId: 'e-17',
  workerId: 'c'.repeat(64),
  holderName: null,
  track: 'employee',
  rank: 2,
  medal: 'silver',
  occupationCode: '6-18-02-04',
  workType: '--',
  fromLevel: 'level2',
  level: 'level1',
  ruleId: 'sc-class-1-employee-top-3',
  issuingBody: { bodyId: 'b-1', filingNo: 'S000051000012', bodyName: '四川省焊接协会' },
  confirmedAt: '2025-11-02T08:00:00.000Z',
};

describe('competition promotion contract, agreed for certification (issue #4, #5; domain.md §4.1)', () => {
  it('forms a registry with PromotionAwarded', () => {
    expect(createEventRegistry([...competitionEvents]).eventTypes).toEqual(['competition.PromotionAwarded']);
  });

  it('accepts a confirmed promotion and refuses one above 高级技师 or without an issuing body', () => {
    expect(PromotionAwarded.schema.safeParse(promotion).success).toBe(true);
    expect(PromotionAwarded.schema.safeParse({ ...promotion, level: 'principal-technician' }).success).toBe(false);
    const { issuingBody: _body, ...withoutBody } = promotion;
    expect(PromotionAwarded.schema.safeParse(withoutBody).success).toBe(false);
    expect(PromotionAwarded.schema.safeParse({ ...promotion, tier: 'olympic' }).success).toBe(false);
  });
});
