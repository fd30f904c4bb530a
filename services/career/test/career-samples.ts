import { randomUUID } from 'node:crypto';
import type { CatalogueState } from '@tianfu/catalogue-view/state';
import type { EventEnvelope, SkillLevelKey } from '@tianfu/contracts';
import { testCatalogue } from '@tianfu/testing';
import type { CataloguePort } from '../src/application/catalogue-port.ts';
import type { AppointmentFact, CertificateFact, MedalFact } from '../src/domain/career-facts.ts';

/** The test catalogue as career holds it once caught up with the catalogue's topic. */
export const heldCatalogue = (state: CatalogueState = testCatalogue()): CataloguePort => ({ current: () => state });

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

/** A 特级技师 appointment (a-1, by 某重工, as a welder) of `workerId` from `date` to `termEnd`. */
export const appointmentFact = (workerId: string, date: string, termEnd: string | null): AppointmentFact => ({
  kind: 'appointment',
  factId: 'f-a',
  workerId,
  date,
  appointmentId: 'a-1',
  post: 'principal-technician',
  occupationCode: '6-18-02-04',
  employerName: '某重工',
  termEnd,
});

/** An event as a topic carries it, for the career tests: a fresh eventId, the worker it is about (if any). */
export const eventEnvelope = (
  type: string,
  workerId: string | null,
  data: object,
  { schemaVersion = 1, streamId = `s-${randomUUID()}` } = {},
): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion,
  streamId,
  revision: 1,
  occurredAt: '2025-01-01T00:00:00.000Z',
  recordedAt: '2025-01-01T00:00:00.000Z',
  actor: { kind: 'service', id: 'test' },
  correlationId: randomUUID(),
  causationId: null,
  workerId,
  data,
});

/** A 三级 电工 certificate issued on 2024-06-01 (certification topic), unless `options` say otherwise. */
export const certificateIssued = (
  workerId: string,
  bodyId: string,
  serial: string,
  options: { holderName?: string | null; occupationCode?: string; level?: SkillLevelKey; issuedOn?: string } = {},
) => {
  const { holderName = null, occupationCode = '6-31-01-03', level = 'level3', issuedOn = '2024-06-01' } = options;
  return eventEnvelope('certification.CertificateIssued', workerId, {
    certificateId: randomUUID(),
    certificateNo: `Y00005100106424${serial.padStart(7, '3')}`,
    workerId,
    bodyId,
    filingNo: 'Y000051001064',
    bodyName: '某评价机构',
    occupationCode,
    workType: '--',
    level,
    issuedOn,
    printSerial: `p-${serial}`,
    holderName,
    statusEntry: { listId: 'l1', index: Number(serial) },
    basis: { path: 'exam', sourceEventId: null, reference: `session ${serial}` },
    issuedAt: `${issuedOn}T02:00:00.000Z`,
  });
};

/** An evaluation body registered in a 市(州) (assessment topic, schema version 2). */
export const bodyRegistered = (bodyId: string, regionCode: string, name = `${regionCode} 评价机构`) =>
  eventEnvelope(
    'assessment.BodyRegistered',
    null,
    {
      bodyId,
      filingNo: 'Y000051001064',
      kind: 'Y',
      name,
      creditCode: '914403001922038216',
      regionCode,
      registeredAt: '2018-01-01T00:00:00.000Z',
      category: 'employer',
    },
    { schemaVersion: 2 },
  );

/** training.ApprenticeshipCompleted: a 中式烹调师 apprenticeship completed on `completedOn` (docs/domain.md §7.6). */
export const apprenticeshipCompleted = (workerId: string, apprenticeshipId: string, completedOn: string) =>
  eventEnvelope(
    'training.ApprenticeshipCompleted',
    workerId,
    {
      apprenticeshipId,
      workerId,
      apprenticeName: 'n1.00000000-0000-4000-8000-000000000001.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.QUJD',
      providerId: 'cd-chef-school',
      employerName: '成都蜀味餐饮集团有限公司',
      employerRegionCode: '510100',
      occupationCode: '4-03-02-01',
      targetLevel: 'level4',
      startsOn: '2025-01-01',
      completedOn,
      totalHours: 640,
      reason: null,
      recordedAt: `${completedOn}T08:00:00.000Z`,
    },
    { streamId: `apprenticeship-${apprenticeshipId}` },
  );
