import type { CompetitionRegisteredData, ContestResult, SealedName, WorkerId } from '@tianfu/contracts';
import type { CompetitionEvent } from '../src/domain/competition-state.ts';
import type { CertifiedLevel } from '../src/domain/promotion-rules/promotion-level.ts';

export const at = '2025-11-02T08:00:00.000Z';
export const workerOf = (i: number): WorkerId => i.toString(16).padStart(64, '0') as WorkerId;
/** Shaped like the vault's output; only the vault could open a real one. */
export const sealedOf = (i: number): SealedName =>
  `n1.00000000-0000-4000-8000-${String(i).padStart(12, '0')}.${'a'.repeat(16)}.${'b'.repeat(22)}.cc` as SealedName;

export const issuingBody = { bodyId: 'b-weld', filingNo: 'S000051000012', bodyName: '四川省焊接协会' };

export const plan = (
  contestEventId: string,
  extra: Partial<CompetitionRegisteredData['contestEvents'][number]> = {},
) => ({
  contestEventId,
  name: '焊工',
  occupationCode: '6-18-02-04',
  workType: '--',
  level: 'level2' as const,
  teamSize: 1,
  track: 'employee' as const,
  ...extra,
});

export const registration = (extra: Partial<CompetitionRegisteredData> = {}): CompetitionRegisteredData => ({
  competitionId: 'c-1',
  name: '第三届全国职业技能大赛',
  tier: 'national-class-1',
  ruleSetId: 'national-class-1',
  year: 2025,
  organiser: 'organiser-1',
  issuingBody,
  contestEvents: [plan('welding'), plan('turning', { name: '车工', occupationCode: '6-18-01-01' })],
  registeredAt: '2025-05-01T08:00:00.000Z',
  ...extra,
});

export const registered = (extra: Partial<CompetitionRegisteredData> = {}): CompetitionEvent => ({
  type: 'competition.CompetitionRegistered',
  data: registration(extra),
});

export const entered = (
  i: number,
  contestEventId = 'welding',
  heldLevel: CertifiedLevel | null = null,
  extra: { track?: 'employee' | 'student'; teamId?: string | null; workerId?: WorkerId } = {},
): CompetitionEvent => ({
  type: 'competition.EntrantRegistered',
  data: {
    competitionId: 'c-1',
    contestEventId,
    entrantId: `${contestEventId}-${i}`,
    workerId: extra.workerId ?? workerOf(i),
    holderName: sealedOf(i),
    track: extra.track ?? 'employee',
    heldLevel,
    teamId: extra.teamId ?? null,
    registeredAt: '2025-05-02T08:00:00.000Z',
  },
});

export const result = (rank: number | null, medal: ContestResult['medal'] = null, score: number | null = null) => ({
  rank,
  score,
  medal,
  prize: null,
});

export const published = (
  contestEventId: string,
  rows: readonly (readonly [number, ContestResult])[],
  workerIdOf: (i: number) => WorkerId = workerOf,
): CompetitionEvent => ({
  type: 'competition.ResultsPublished',
  data: {
    competitionId: 'c-1',
    contestEventId,
    results: rows.map(([i, r]) => ({ entrantId: `${contestEventId}-${i}`, workerId: workerIdOf(i), ...r })),
    publishedAt: '2025-10-01T08:00:00.000Z',
  },
});
