import type { CandidatePassedData, CertificateIssuedData, EventEnvelope } from '@tianfu/contracts';
import { type CommandResult, type EventStore, handleCommand } from '@tianfu/eventstore';
import { type CertificateState, certificateDecider } from '../domain/certificate.ts';
import { examIssuance } from '../domain/exam-issuance.ts';
import { certificateNumberFor, serialScope } from '../domain/numbering/index.ts';
import type { SerialAllocator } from './serial-allocator.ts';

export const certificateStreamId = (certificateId: string): string => `certificate-${certificateId}`;

export type PassedEvent = EventEnvelope<'assessment.CandidatePassed', CandidatePassedData>;

/**
 * The exam path (issue #4): a CandidatePassed becomes a certificate in the assessment body's name.
 * The certificate id derives from the event and the serial is tied to that id, so a redelivered
 * event finds the same serial and the decider issues nothing the second time.
 */
export function examIssuer(store: EventStore, serials: SerialAllocator, clock: () => Date) {
  return async (event: PassedEvent): Promise<CommandResult<CertificateState>> => {
    const { certificateId, passed, sourceEventId, issuedOn } = examIssuance(event);
    const year = Number(issuedOn.slice(0, 4));
    const serial = await serials.next(serialScope(passed.filingNo, year, passed.level), certificateId);
    const certificateNo = certificateNumberFor({ filingNo: passed.filingNo, year, level: passed.level, serial });
    const data: CertificateIssuedData = {
      certificateId,
      certificateNo,
      workerId: passed.workerId,
      bodyId: passed.bodyId,
      filingNo: passed.filingNo,
      bodyName: passed.bodyName,
      occupationCode: passed.occupationCode,
      workType: passed.workType,
      level: passed.level,
      issuedOn,
      // 印制流水码: the first print; a reissue gives the next.
      printSerial: `${certificateNo}-1`,
      basis: { path: 'exam', sourceEventId, reference: `session ${passed.sessionId} candidate ${passed.candidateId}` },
      issuedAt: clock().toISOString(),
    };
    const context = {
      actor: { kind: 'service' as const, id: 'certification' },
      correlationId: event.correlationId,
      causationId: event.eventId,
    };
    return handleCommand(
      store,
      certificateStreamId(certificateId),
      certificateDecider,
      { type: 'IssueCertificate', data },
      context,
    );
  };
}
