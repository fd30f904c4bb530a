import type { CertificateFacts } from '@tianfu/platform-certificates';
import { certificateNotFound } from '../domain/subsidy-errors.ts';
import { type CataloguePort, occupationName } from './catalogue-port.ts';
import { type CertificateRecord, certificateRecords } from './certificate-records.ts';

export interface NamedCertificateRecord extends CertificateRecord {
  readonly occupationName: string | null;
}

/**
 * The certificates the platform issued, as this service keeps them from the certification topic
 * (insert-only facts, one per event): by number, or all of one worker's, each named from the catalogue.
 */
export function certificateRegister(facts: CertificateFacts, catalogue: CataloguePort) {
  const named = (record: CertificateRecord): NamedCertificateRecord => ({
    ...record,
    occupationName: occupationName(catalogue, record.occupationCode),
  });
  return {
    /** The certificate with this number; refused naming certificateNo while none is known. */
    async byNumber(certificateNo: string): Promise<NamedCertificateRecord> {
      const [record] = certificateRecords(await facts.ofNumber(certificateNo));
      if (record === undefined) throw certificateNotFound(certificateNo);
      return named(record);
    },
    /** Every certificate of the worker, whatever its status, by issue date. */
    async ofWorker(workerId: string): Promise<NamedCertificateRecord[]> {
      return certificateRecords(await facts.of([workerId])).map(named);
    },
  };
}

export type CertificateRegister = ReturnType<typeof certificateRegister>;
