import type { CertificateRevokedData } from '@tianfu/contracts';
import { type EventStore, handleCommand, type PostCommitWrites } from '@tianfu/eventstore';
import type { Caller } from '@tianfu/service-kit';
import { type Certificate, type CertificateCommand, certificateDecider } from '../domain/certificate.ts';
import { certificateError } from '../domain/certificate-errors.ts';
import { certificateStreamId } from './certificate-issuer.ts';
import type { ProjectCertificate } from './certificate-projection.ts';
import { type CertificateRecord, type CertificateRecords, statusFields } from './certificate-records.ts';

export interface StatusChange {
  readonly note: string;
}

export interface CertificateCommands {
  find(certificateNo: string): Promise<CertificateRecord>;
  revoke(
    certificateNo: string,
    change: StatusChange & Pick<CertificateRevokedData, 'reason' | 'caseRef'>,
    caller: Caller,
  ): Promise<CertificateRecord>;
  suspend(certificateNo: string, change: StatusChange, caller: Caller): Promise<CertificateRecord>;
  reinstate(certificateNo: string, change: StatusChange, caller: Caller): Promise<CertificateRecord>;
  reissue(certificateNo: string, change: StatusChange, caller: Caller): Promise<CertificateRecord>;
}

type Change = Exclude<CertificateCommand['type'], 'IssueCertificate'>;

/** The certificate office's status commands, each by 证书编号. */
export function certificateCommands(
  store: EventStore,
  records: CertificateRecords,
  project: ProjectCertificate,
  readModels: Pick<PostCommitWrites, 'afterCommit'>,
  clock: () => Date,
): CertificateCommands {
  const find = async (certificateNo: string): Promise<CertificateRecord> => {
    const record = await records.findOne({ _id: certificateNo });
    if (record === null) throw certificateError('CERTIFICATE_NOT_FOUND', `no certificate numbered ${certificateNo}`);
    return record;
  };

  const change = async (type: Change, certificateNo: string, data: object, caller: Caller) => {
    const record = await find(certificateNo);
    const { certificateId } = record;
    const command = { type, data: { ...data, certificateId, at: clock().toISOString() } } as CertificateCommand;
    const result = await handleCommand(store, certificateStreamId(certificateId), certificateDecider, command, caller);
    const certificate = result.state as Certificate;
    await readModels.afterCommit(result.events, () => project(certificate, result.revision));
    // The answer comes from the commit, so it holds even while the record's write waits for its repair.
    return { ...record, ...statusFields(certificate, result.revision) };
  };

  return {
    find,
    revoke: (no, data, caller) => change('RevokeCertificate', no, data, caller),
    suspend: (no, data, caller) => change('SuspendCertificate', no, data, caller),
    reinstate: (no, data, caller) => change('ReinstateCertificate', no, data, caller),
    reissue: (no, data, caller) => change('ReissueCertificate', no, data, caller),
  };
}
