import type { SkillLevelKey } from '@tianfu/contracts';
import type { CertificateFact, MedalFact } from '../src/domain/career-facts.ts';

/** A certificate fact of `workerId` for the career unit tests (issued by body `bodyId`). */
export const certificateFact = (
  workerId: string,
  id: string,
  level: SkillLevelKey,
  date: string,
  options: { occupationCode?: string; bodyId?: string } = {},
): CertificateFact => ({
  kind: 'certificate',
  factId: `f-${workerId.slice(0, 4)}-${id}`,
  workerId,
  date,
  certificateId: `${workerId.slice(0, 4)}-${id}`,
  certificateNo: `Y0000510010642${date.slice(2, 4)}0${id.padStart(5, '0')}`,
  occupationCode: options.occupationCode ?? '6-18-02-04',
  level,
  basis: 'exam',
  reference: `session s-${id}`,
  bodyId: options.bodyId ?? 'b-chengdu',
  holderName: null,
});

export const medalFact = (
  workerId: string,
  factId: string,
  medal: MedalFact['medal'],
  at: string,
  entrantId = 'e-1',
): MedalFact => ({
  kind: 'medal',
  factId,
  workerId,
  date: at.slice(0, 10),
  competitionId: 'c-1',
  contestEventId: 'weld',
  entrantId,
  medal,
  rank: medal === null ? null : 1,
  at,
});
