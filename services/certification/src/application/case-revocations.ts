import type { CertificateRevokedData } from '@tianfu/contracts';
import { isDomainError } from '@tianfu/decider';
import type { Caller } from '@tianfu/service-kit';
import { certificateError } from '../domain/certificate-errors.ts';
import { examReference } from '../domain/exam-issuance.ts';
import type { CertificateCommands } from './certificate-commands.ts';
import type { CertificateRecord, CertificateRecords } from './certificate-records.ts';

/** A supervision case's revocation of many certificates: a list of numbers, or every certificate of an exam session. */
export interface CaseRevocation {
  readonly caseRef: string;
  readonly reason: CertificateRevokedData['reason'];
  readonly note: string;
  readonly target: { readonly certificateNos: readonly string[] } | { readonly sessionId: string };
}

export interface CaseRevocationResult {
  readonly caseRef: string;
  /** Revoked by this request. */
  readonly revoked: string[];
  /** Revoked before it (by this case on an earlier run, or otherwise): left as they were. */
  readonly alreadyRevoked: string[];
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * 查处 by case (docs/domain.md §3.3): each certificate of the list or session revoked with the case's
 * reference and reason, one command each. A number the platform does not hold refuses the whole
 * request before anything changes; a certificate already revoked is left as it is, so running the
 * same case again, or after a stop half way, revokes only what is left.
 */
export function caseRevocations(records: CertificateRecords, certificates: CertificateCommands) {
  const targetsOf = async (target: CaseRevocation['target']): Promise<CertificateRecord[]> => {
    if ('sessionId' in target) {
      const prefix = `^${escapeRegex(examReference({ sessionId: target.sessionId, candidateId: '' }))}`;
      const found = await records.find({ basisPath: 'exam', basisReference: { $regex: prefix } }).toArray();
      if (found.length === 0)
        throw certificateError('CERTIFICATE_NOT_FOUND', `no certificate was issued for session ${target.sessionId}`, {
          errors: [{ field: 'sessionId', rule: 'certificates_exist', message: 'no certificate of this session' }],
        });
      return found;
    }
    const found = await records.find({ _id: { $in: [...target.certificateNos] } }).toArray();
    const held = new Set(found.map((record) => record._id));
    const errors = target.certificateNos.flatMap((no, i) =>
      held.has(no)
        ? []
        : [{ field: `certificateNos.${i}`, rule: 'certificate_exists', message: `no certificate ${no}` }],
    );
    if (errors.length > 0)
      throw certificateError(
        'CERTIFICATE_NOT_FOUND',
        `${errors.length} of the numbers name no certificate; nothing was revoked`,
        {
          errors,
        },
      );
    return found;
  };

  return {
    async revoke({ caseRef, reason, note, target }: CaseRevocation, caller: Caller): Promise<CaseRevocationResult> {
      const targets = (await targetsOf(target)).sort((a, b) => a._id.localeCompare(b._id));
      const result: CaseRevocationResult = { caseRef, revoked: [], alreadyRevoked: [] };
      for (const record of targets) {
        if (record.status === 'revoked') {
          result.alreadyRevoked.push(record._id);
          continue;
        }
        try {
          await certificates.revoke(record._id, { reason, note, caseRef }, caller);
          result.revoked.push(record._id);
        } catch (error) {
          // Revoked since the records were read (another run of the case, or the office by hand).
          if (!isDomainError(error) || error.code !== 'CERTIFICATE_ALREADY_REVOKED') throw error;
          result.alreadyRevoked.push(record._id);
        }
      }
      return result;
    },
  };
}

export type CaseRevocations = ReturnType<typeof caseRevocations>;
