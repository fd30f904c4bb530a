import type { CertificateIssuedData } from '@tianfu/contracts';
import {
  type CommandContext,
  type CommandResult,
  type EventStore,
  handleCommand,
  type PostCommitWrites,
} from '@tianfu/eventstore';
import { type CertificateState, certificateDecider } from '../domain/certificate.ts';
import type { Issuance } from '../domain/issuance.ts';
import { certificateNumberFor, serialScope } from '../domain/numbering/index.ts';
import type { ProjectCertificate } from './certificate-projection.ts';
import type { SerialAllocator } from './serial-allocator.ts';
import type { StatusIndexAllocator } from './status-index-allocator.ts';

export const certificateStreamId = (certificateId: string): string => `certificate-${certificateId}`;

export interface IssuerDeps {
  readonly store: EventStore;
  readonly serials: SerialAllocator;
  readonly statusIndexes: StatusIndexAllocator;
  /** The status list new certificates go on; open a new one when it is 75 % full. */
  readonly statusListId: string;
  readonly project: ProjectCertificate;
  /** Where the record is written after the commit (certificate-read-models.ts). */
  readonly readModels: Pick<PostCommitWrites, 'afterCommit'>;
  readonly clock: () => Date;
}

export type IssueCertificate = (
  issuance: Issuance,
  context: CommandContext,
) => Promise<CommandResult<CertificateState>>;

/**
 * Every issuance path ends here: a §3.2 number (unless a legacy one is kept), a random status
 * index, the IssueCertificate command, then the verification record. Serial and index are tied
 * to the certificate id, so a repeat finds the same ones, the decider issues nothing the second
 * time, and projecting again repairs a record a crash left unwritten. A record write that fails
 * after the commit is the read-model consumer's to repeat, not the issuance's failure.
 */
export function certificateIssuer({
  store,
  serials,
  statusIndexes,
  statusListId,
  project,
  readModels,
  clock,
}: IssuerDeps): IssueCertificate {
  const numberOf = async ({ certificateNo, body, issuedOn, level, certificateId }: Issuance): Promise<string> => {
    if (certificateNo !== null) return certificateNo;
    if (body.filingNo === null) throw new TypeError(`issuance ${certificateId} has neither a number nor a 备案号`);
    const year = Number(issuedOn.slice(0, 4));
    const serial = await serials.next(serialScope(body.filingNo, year, level), certificateId);
    return certificateNumberFor({ filingNo: body.filingNo, year, level, serial });
  };

  return async (issuance, context) => {
    const [certificateNo, index] = await Promise.all([
      numberOf(issuance),
      statusIndexes.allocate(statusListId, issuance.certificateId),
    ]);
    const data: CertificateIssuedData = {
      certificateId: issuance.certificateId,
      certificateNo,
      workerId: issuance.workerId,
      ...issuance.body,
      occupationCode: issuance.occupationCode,
      workType: issuance.workType,
      level: issuance.level,
      issuedOn: issuance.issuedOn,
      // 印制流水码: the first print; a reissue gives the next.
      printSerial: `${certificateNo}-1`,
      holderName: issuance.holderName,
      statusEntry: { listId: statusListId, index },
      basis: issuance.basis,
      issuedAt: clock().toISOString(),
    };
    const result = await handleCommand(
      store,
      certificateStreamId(issuance.certificateId),
      certificateDecider,
      { type: 'IssueCertificate', data },
      context,
    );
    const { state, revision, events } = result;
    if (state === null) return result;
    if (events.length === 0) await project(state, revision);
    else await readModels.afterCommit(events, () => project(state, revision));
    return result;
  };
}
