import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@tianfu/contracts';
import { bodyRegistered, eventEnvelope } from './career-samples.ts';

/** Events of the four topics for a rebuild suite: a small population with every kind of fact. */

export const workerIdOf = (n: number): string => n.toString(16).padStart(64, '0');

const bodyIds = ['b-cd', 'b-gz', 'b-my'];

export function issued(
  workerId: string,
  n: number,
  level: string,
  issuedOn: string,
  occupationCode = '6-31-01-03',
  key: string | null = workerId,
) {
  const certificateId = randomUUID();
  const event = eventEnvelope('certification.CertificateIssued', key, {
    certificateId,
    certificateNo: `Y00005100106424${String(n).padStart(7, '0')}`,
    workerId,
    bodyId: bodyIds[n % bodyIds.length],
    filingNo: 'Y000051001064',
    bodyName: '某评价机构',
    occupationCode,
    workType: '--',
    level,
    issuedOn,
    printSerial: `p-${n}`,
    holderName: null,
    statusEntry: { listId: 'l1', index: n },
    basis: { path: 'exam', sourceEventId: null, reference: `session ${n}` },
    issuedAt: `${issuedOn}T02:00:00.000Z`,
  });
  return { event, certificateId };
}

const revoked = (workerId: string, certificateId: string) =>
  eventEnvelope('certification.CertificateRevoked', workerId, {
    certificateId,
    workerId,
    at: '2024-02-01T02:00:00.000Z',
    reason: 'fraud',
    note: '弄虚作假',
  });

const honour = (workerId: string) =>
  eventEnvelope('talent.HonourGranted', workerId, {
    grantId: `sichuan-technical-expert:2023:${workerId}`,
    workerId,
    holderName: null,
    honour: 'sichuan-technical-expert',
    round: '2023',
    grantedOn: '2023-12-01',
    authority: '四川省人力资源和社会保障厅',
    documentNo: '川人社函〔2023〕1号',
    source: { kind: 'decision' },
  });

const base = (baseId: string, regionCode: string) =>
  eventEnvelope('talent.BaseRegistered', null, {
    baseId,
    kind: 'master-studio',
    name: `${baseId} 技能大师工作室`,
    level: 'provincial',
    regionCode,
    industry: 'equipment-manufacturing',
    establishedOn: '2023-05-01',
    masterWorkerId: null,
    memberWorkerIds: [],
  });

const competition = eventEnvelope('competition.CompetitionRegistered', null, {
  competitionId: 'c-1',
  name: '四川技能大赛—电工',
  tier: 'provincial-class-1',
  ruleSetId: 'provincial-class-1',
  year: 2023,
  organiser: '四川省人力资源和社会保障厅',
  issuingBody: { bodyId: 'b-cd', filingNo: 'Y000051001064', bodyName: '某评价机构' },
  contestEvents: [
    {
      contestEventId: 'elec',
      name: '电工',
      occupationCode: '6-31-01-03',
      workType: '--',
      level: 'level2',
      teamSize: 1,
      track: 'employee',
    },
  ],
  registeredAt: '2023-03-01T00:00:00.000Z',
});

const medals = ['gold', 'silver', 'bronze'] as const;
// One message naming many workers, keyed by its stream: the kind a rebuild reads whole first.
const results = (workerIds: readonly string[]) =>
  eventEnvelope('competition.ResultsPublished', null, {
    competitionId: 'c-1',
    contestEventId: 'elec',
    results: workerIds.map((workerId, i) => ({
      entrantId: `e-${i}`,
      workerId,
      rank: i + 1,
      score: 95 - i,
      medal: medals[i] ?? null,
      prize: null,
    })),
    publishedAt: '2023-10-20T02:00:00.000Z',
  });

// An event of a topic the projection does not read: replayed, counted, skipped unparsed.
const ignored = (workerId: string) => eventEnvelope('talent.Unrelated', workerId, { note: 'not projected' });

export interface TopicEvents {
  readonly certification: EventEnvelope[];
  readonly talent: EventEnvelope[];
  readonly assessment: EventEnvelope[];
  readonly competition: EventEnvelope[];
}

/**
 * `workers` workers in 6-31-01-03: 四级 in 2019, every second one 三级 in 2022 (every seventh
 * of those revoked), every fifth an honour, the first five in one results message; three bodies,
 * two bases, one competition; some events twice, two keyed by their stream instead of the worker.
 */
export function population(workers: number): TopicEvents {
  const events: TopicEvents = {
    certification: [],
    talent: [base('base-1', '510100'), base('base-2', '513300')],
    assessment: [bodyRegistered('b-cd', '510100'), bodyRegistered('b-gz', '513300'), bodyRegistered('b-my', '510700')],
    competition: [competition, results([0, 1, 2, 3, 4].map(workerIdOf))],
  };
  for (let n = 0; n < workers; n += 1) {
    const workerId = workerIdOf(n);
    const key = n % 13 === 0 ? null : workerId;
    events.certification.push(issued(workerId, 2 * n, 'level4', '2019-05-01', '6-31-01-03', key).event);
    if (n % 2 === 0) {
      const third = issued(workerId, 2 * n + 1, 'level3', '2022-06-20');
      events.certification.push(third.event);
      if (n % 7 === 0) events.certification.push(revoked(workerId, third.certificateId));
    }
    if (n % 5 === 0) events.talent.push(honour(workerId), ignored(workerId));
  }
  events.certification.push(...events.certification.slice(0, 5));
  return events;
}
