import { randomUUID } from 'node:crypto';
import { type CandidatePassedData, chinaDate, type EventEnvelope, type PromotionAwardedData } from '@tianfu/contracts';

export type PassedEvent = EventEnvelope<'assessment.CandidatePassed', CandidatePassedData>;

export const decidedAt = '2025-06-21T08:00:00.000Z';

/** A 电工 三级 pass at a Chengdu 技师学院 (docs/domain.md §3.4), for candidate n. */
export const candidatePassed = (n: number, filingNo = 'Y000051001064'): CandidatePassedData => ({
  sessionId: 's-1',
  candidateId: String(n).padStart(5, '0'),
  workerId: n.toString(16).padStart(64, '0'),
  bodyId: 'chengdu-tech',
  filingNo,
  bodyName: '四川省某技师学院',
  occupationCode: '6-31-01-03',
  workType: '--',
  level: 'level3',
  sessionDate: '2025-06-20',
  scores: { theory: 80, practical: 70 },
  decidedAt,
  supersedes: false,
  holderName: null,
});

/** The envelope the assessment topic delivers around a pass. */
export const passedEvent = (data: CandidatePassedData, eventId: string = randomUUID()): PassedEvent => ({
  eventId,
  type: 'assessment.CandidatePassed',
  schemaVersion: 2,
  streamId: `session-${data.sessionId}`,
  revision: 3,
  occurredAt: decidedAt,
  recordedAt: decidedAt,
  actor: { kind: 'user', id: 'clerk' },
  correlationId: randomUUID(),
  causationId: null,
  workerId: data.workerId,
  data,
});

/** A 焊工 promotion to 一级 confirmed on `confirmedOn` and recorded at `confirmedAt`, as the competition topic delivers it. */
export const promotionAwarded = (
  confirmedAt: string,
  confirmedOn = chinaDate(confirmedAt),
): EventEnvelope<'competition.PromotionAwarded', PromotionAwardedData> => {
  const workerId = 'd'.repeat(64);
  return {
    eventId: '0a1b2c3d-0000-4000-8000-000000000001',
    type: 'competition.PromotionAwarded',
    schemaVersion: 2,
    streamId: 'competition-c-1',
    revision: 4,
    occurredAt: confirmedAt,
    recordedAt: confirmedAt,
    actor: { kind: 'user', id: 'organiser' },
    correlationId: 'c-1',
    causationId: null,
    workerId,
    data: {
      competitionId: 'c-1',
      competitionName: '2025年四川技能大赛',
      tier: 'provincial-class-1',
      year: 2025,
      contestEventId: 'welding',
      entrantId: 'e-17',
      workerId,
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
      confirmedAt,
      confirmedOn,
    },
  };
};
