import { randomUUID } from 'node:crypto';
import type { CandidatePassedData, EventEnvelope } from '@tianfu/contracts';

export type PassedEvent = EventEnvelope<'assessment.CandidatePassed', CandidatePassedData>;

export const decidedAt = '2025-06-21T08:00:00.000Z';

/** A 电工 三级 pass at a Chengdu 技师学院 (domain.md §3.4), for candidate n. */
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
