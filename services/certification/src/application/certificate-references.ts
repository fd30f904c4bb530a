import { randomBytes } from 'node:crypto';
import type { CertificateRecord, CertificateRecords } from './certificate-records.ts';

/** 16 random bytes, 22 characters: short enough for any QR code, too many to guess. */
export const newReference = (): string => randomBytes(16).toString('base64url');

export const REFERENCE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export interface CertificateReferences {
  /** What the QR code holds: `<base URL>/v/<reference>`. */
  url(record: CertificateRecord): Promise<string>;
  resolve(reference: string): Promise<CertificateRecord | null>;
}

/**
 * The short opaque reference a QR code holds instead of the signed token, which for a long body
 * name or work type outgrows the largest QR symbol; the token is fetched by the reference.
 */
export function certificateReferences(records: CertificateRecords, baseUrl: string): CertificateReferences {
  /** The record's reference; a record written before references existed is given one first. */
  const referenceOf = async (record: CertificateRecord): Promise<string> => {
    if (record.reference !== undefined) return record.reference;
    // Instances may race: the first one's reference stays, and every one reads it back.
    await records.updateOne(
      { _id: record._id, reference: { $exists: false } },
      { $set: { reference: newReference() } },
    );
    const stored = await records.findOne({ _id: record._id }, { projection: { reference: 1 } });
    if (stored?.reference === undefined) throw new Error(`certificate ${record._id} has no reference`);
    return stored.reference;
  };
  return {
    url: async (record) => `${baseUrl}/v/${await referenceOf(record)}`,
    resolve: (reference) => records.findOne({ reference }),
  };
}
