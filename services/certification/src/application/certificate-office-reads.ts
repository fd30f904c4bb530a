import type { IdDocument } from '@tianfu/contracts';
import type { EventStore } from '@tianfu/eventstore';
import { certificateHistory, type HistoryEntry, type StoredCertificateEvent } from './certificate-history.ts';
import { certificateStreamId } from './certificate-issuer.ts';
import type { CertificateRecord, CertificateRecords } from './certificate-records.ts';
import { type CertificatePageRequest, type CertificateQuery, searchCertificates } from './certificate-search.ts';
import type { HolderNames } from './holder-names.ts';
import { openHolderNames } from './holder-names-opened.ts';

/** A verification record with its holder's name opened: what the certificate office reads. */
export type NamedRecord = Omit<CertificateRecord, 'holderName'> & { readonly holderName: string | null };

export interface OfficeSearch extends Omit<CertificatePageRequest, 'query'> {
  readonly query: Omit<CertificateQuery, 'workerId'> & { readonly document?: IdDocument };
}

export interface CertificateOfficeReads {
  search(request: OfficeSearch): Promise<{ total: number; records: NamedRecord[]; next: string | null }>;
  named(record: CertificateRecord): Promise<NamedRecord>;
  history(record: CertificateRecord): Promise<HistoryEntry[]>;
}

/** The certificate office's reads: search by holder, body, status, occupation or level; names; the audit trail. */
export function certificateOfficeReads(
  store: Pick<EventStore, 'readStream'>,
  records: CertificateRecords,
  names: Pick<HolderNames, 'identify' | 'openNames'>,
): CertificateOfficeReads {
  const withNames = async (found: readonly CertificateRecord[]): Promise<NamedRecord[]> => {
    const opened = await openHolderNames(names, found);
    return found.map((record, i) => ({ ...record, holderName: opened[i] ?? null }));
  };

  return {
    async search({ query: { document, ...query }, after, limit }) {
      // The ID number is only hashed into a workerId here; it is neither kept nor logged.
      const holder = document === undefined ? {} : { workerId: names.identify(document).workerId };
      const page = await searchCertificates(records, { query: { ...query, ...holder }, after, limit });
      return { ...page, records: await withNames(page.records) };
    },
    named: async (record) => (await withNames([record]))[0] as NamedRecord,
    async history(record) {
      const stream = await store.readStream(certificateStreamId(record.certificateId));
      // The stream holds only the certificate's own events, each checked against its schema when written.
      return certificateHistory(stream.events as readonly StoredCertificateEvent[]);
    },
  };
}
