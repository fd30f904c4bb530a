import type { OccupationCode, SkillLevelKey, WorkerId } from '@tianfu/contracts';
import type { Filter } from 'mongodb';
import type { CertificateStatus } from '../domain/certificate.ts';
import type { CertificateRecord, CertificateRecords } from './certificate-records.ts';

/** What the certificate office may search by; every field narrows, none widens. */
export interface CertificateQuery {
  /** The holder, found from an ID document: the records hold no ID number. */
  readonly workerId?: WorkerId;
  readonly bodyId?: string;
  readonly status?: CertificateStatus;
  readonly occupationCode?: OccupationCode;
  readonly level?: SkillLevelKey;
}

export interface CertificatePageRequest {
  readonly query: CertificateQuery;
  /** The last certificate number of the page before; pages run in certificate-number order. */
  readonly after: string | null;
  readonly limit: number;
}

export interface CertificatePage {
  readonly total: number;
  readonly records: readonly CertificateRecord[];
  readonly next: string | null;
}

/** Equality on each given field, which the document store answers from its indexes. */
export function recordFilter(query: CertificateQuery): Filter<CertificateRecord> {
  const filter: Record<string, string> = {};
  for (const [field, value] of Object.entries(query)) if (value !== undefined) filter[field] = value;
  return filter as Filter<CertificateRecord>;
}

/** A page of the verification records matching `query`, and how many match in all. */
export async function searchCertificates(
  records: CertificateRecords,
  { query, after, limit }: CertificatePageRequest,
): Promise<CertificatePage> {
  const filter = recordFilter(query);
  const paged = after === null ? filter : { ...filter, _id: { $gt: after } };
  // One more than asked says whether another page follows.
  const [found, total] = await Promise.all([
    records
      .find(paged)
      .sort({ _id: 1 })
      .limit(limit + 1)
      .toArray(),
    records.countDocuments(filter),
  ]);
  const page = found.slice(0, limit);
  const next = found.length > limit ? (page.at(-1)?._id ?? null) : null;
  return { total, records: page, next };
}
