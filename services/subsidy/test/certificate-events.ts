import { randomUUID } from 'node:crypto';
import type { CertificateIssuedData } from '@tianfu/contracts';
import type { CertificateEvent } from '@tianfu/platform-certificates';

/** One certificate's events as certification's relay puts them on its topic: keyed by the worker, one stream. */
export function certificateEvents(fields: {
  readonly workerId: string;
  readonly certificateNo: string;
  readonly occupationCode?: string;
  readonly level?: CertificateIssuedData['level'];
  readonly issuedOn?: string;
}) {
  const { workerId, certificateNo, occupationCode = '6-31-01-03', level = 'level4', issuedOn = '2024-05-10' } = fields;
  const certificateId = randomUUID();
  let revision = 0;
  const event = (type: CertificateEvent['type'], data: object): CertificateEvent => {
    const at = new Date().toISOString();
    revision += 1;
    return {
      eventId: randomUUID(),
      type,
      schemaVersion: 1,
      streamId: `certificate-${certificateId}`,
      revision,
      occurredAt: at,
      recordedAt: at,
      actor: { kind: 'user', id: 'certificate-office-1' },
      correlationId: randomUUID(),
      causationId: null,
      workerId,
      data,
    } as CertificateEvent;
  };
  const issued: CertificateIssuedData = {
    certificateId,
    certificateNo,
    workerId,
    bodyId: 'body-1',
    filingNo: null,
    bodyName: '四川省电力职业技能鉴定中心',
    occupationCode,
    workType: '维修电工',
    level,
    issuedOn,
    printSerial: `${certificateNo}-1`,
    holderName: null,
    statusEntry: { listId: 'l1', index: 7 },
    basis: { path: 'exam', sourceEventId: randomUUID(), reference: '2024 第二批' },
    issuedAt: `${issuedOn}T02:00:00.000Z`,
  };
  const change = (at: string) => ({ certificateId, workerId, at, note: '核查' });
  return { certificateId, event, issued, change };
}
