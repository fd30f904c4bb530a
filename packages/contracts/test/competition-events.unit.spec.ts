import { describe, expect, it } from 'vitest';
import {
  CompetitionRegistered,
  ContestEventConfirmed,
  competitionEvents,
  createEventRegistry,
  EntrantRegistered,
  HonourEarned,
  PromotionAwarded,
  ResultCorrected,
  ResultsPublished,
} from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

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
  confirmedOn: '2025-10-30',
};

describe('competition promotion contract, agreed for certification (docs/domain.md §4.1)', () => {
  it('forms a registry with PromotionAwarded among the competition service events', () => {
    expect(createEventRegistry([...competitionEvents]).eventTypes).toContain('competition.PromotionAwarded');
  });

  it('accepts a confirmed promotion and refuses one above 高级技师 or without an issuing body', () => {
    expect(PromotionAwarded.schema.safeParse(promotion).success).toBe(true);
    expect(PromotionAwarded.schema.safeParse({ ...promotion, level: 'principal-technician' }).success).toBe(false);
    const { issuingBody: _body, ...withoutBody } = promotion;
    expect(PromotionAwarded.schema.safeParse(withoutBody).success).toBe(false);
    expect(PromotionAwarded.schema.safeParse({ ...promotion, tier: 'olympic' }).success).toBe(false);
  });

  it('a version 1 promotion or title, recorded at 01:30 in China, is lifted with that China day as its 核准 day', () => {
    const registry = createEventRegistry([...competitionEvents]);
    const { confirmedOn: _day, ...v1 } = { ...promotion, confirmedAt: '2025-11-01T17:30:00.000Z' };
    const envelope = (type: string, data: object) => storedEvent(type, 1, data, { workerId: v1.workerId });
    expect(registry.parse(envelope('competition.PromotionAwarded', v1)).data).toMatchObject({
      confirmedOn: '2025-11-02',
    });
    const { fromLevel: _f, level: _l, issuingBody: _b, track: _t, rank: _r, medal: _m, ...common } = v1;
    const { occupationCode: _o, workType: _w, ...title } = { ...common, honour: 'sichuan-technical-expert' };
    expect(registry.parse(envelope('competition.HonourEarned', title)).data).toMatchObject({
      confirmedOn: '2025-11-02',
    });
  });
});

const sealed = `n1.${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.${'a'.repeat(16)}.${'b'.repeat(22)}.cc`;
const result = { rank: 1, score: 92.5, medal: 'gold', prize: '一等奖' };

describe('competition service events (docs/domain.md §4.1, §4.2)', () => {
  const registry = createEventRegistry([...competitionEvents]);

  it('lists every competition event type once', () => {
    expect(registry.eventTypes).toEqual([
      'competition.CompetitionRegistered',
      'competition.EntrantRegistered',
      'competition.ResultsPublished',
      'competition.ResultCorrected',
      'competition.ContestEventConfirmed',
      'competition.PromotionAwarded',
      'competition.HonourEarned',
      'competition.OrganiserGrantSet',
    ]);
  });

  it('registers a competition with contest events and the same issuing body PromotionAwarded carries', () => {
    const registered = {
      competitionId: 'c-2025-sc-1',
      name: '2025年四川技能大赛',
      tier: 'provincial-class-1',
      ruleSetId: 'sichuan-class-1',
      year: 2025,
      organiser: 'organiser-1',
      issuingBody: promotion.issuingBody,
      contestEvents: [
        {
          contestEventId: 'welding',
          name: '焊工',
          occupationCode: '6-18-02-04',
          workType: '--',
          level: 'level2',
          teamSize: 1,
          track: 'employee',
        },
      ],
      registeredAt: '2025-05-01T08:00:00.000Z',
    };
    expect(CompetitionRegistered.schema.safeParse(registered).success).toBe(true);
    expect(CompetitionRegistered.schema.safeParse({ ...registered, contestEvents: [] }).success).toBe(false);
    const team = { ...registered.contestEvents[0], teamSize: 11 };
    expect(CompetitionRegistered.schema.safeParse({ ...registered, contestEvents: [team] }).success).toBe(false);
  });

  it('an entrant carries the workerId and a sealed name, never an ID number or a name in clear', () => {
    const entrant = {
      competitionId: 'c-1',
      contestEventId: 'welding',
      entrantId: 'A-001',
      workerId: 'c'.repeat(64),
      holderName: sealed,
      track: 'employee',
      heldLevel: null,
      teamId: null,
      registeredAt: '2025-05-02T08:00:00.000Z',
    };
    expect(EntrantRegistered.schema.safeParse(entrant).success).toBe(true);
    expect(EntrantRegistered.schema.safeParse({ ...entrant, holderName: '张三' }).success).toBe(false);
    expect(EntrantRegistered.schema.safeParse({ ...entrant, workerId: '510104196001010011' }).success).toBe(false);
  });

  it('results, corrections (with a reason) and the confirmation parse; a correction without a reason does not', () => {
    const at = '2025-10-01T08:00:00.000Z';
    const base = { competitionId: 'c-1', contestEventId: 'welding' };
    const row = { entrantId: 'A-001', workerId: 'c'.repeat(64), ...result };
    expect(ResultsPublished.schema.safeParse({ ...base, results: [row], publishedAt: at }).success).toBe(true);
    expect(ResultsPublished.schema.safeParse({ ...base, results: [], publishedAt: at }).success).toBe(false);
    const correction = {
      ...base,
      entrantId: 'A-001',
      workerId: 'c'.repeat(64),
      previous: result,
      corrected: { ...result, rank: 2, medal: 'silver' },
      reason: '复核计分错误',
      correctedBy: 'organiser-1',
      correctedAt: at,
    };
    expect(ResultCorrected.schema.safeParse(correction).success).toBe(true);
    expect(ResultCorrected.schema.safeParse({ ...correction, reason: ' ' }).success).toBe(false);
    const confirmed = { ...base, promotions: 1, honours: 1, capped: [], confirmedAt: at };
    expect(ContestEventConfirmed.schema.safeParse(confirmed).success).toBe(true);
  });

  it('HonourEarned names an honour of the catalogue (全国技术能手 …) and no other', () => {
    const honour = {
      competitionId: 'c-1',
      competitionName: '2025年四川技能大赛',
      tier: 'provincial-class-1',
      year: 2025,
      contestEventId: 'welding',
      entrantId: 'A-001',
      workerId: 'c'.repeat(64),
      holderName: null,
      honour: 'sichuan-technical-expert',
      ruleId: 'sc1-employee-first',
      confirmedAt: '2025-11-02T08:00:00.000Z',
      confirmedOn: '2025-10-30',
    };
    expect(HonourEarned.schema.safeParse(honour).success).toBe(true);
    expect(HonourEarned.schema.safeParse({ ...honour, honour: 'national-technical-expert' }).success).toBe(true);
    expect(HonourEarned.schema.safeParse({ ...honour, honour: 'nobel-prize' }).success).toBe(false);
  });
});
