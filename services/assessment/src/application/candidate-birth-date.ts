import { birthDateOfDocument, type IdDocument } from '@tianfu/contracts';

/** The birth date a candidate is enrolled with, or the one their 居民身份证号 carries when the declared one differs. */
export type CandidateBirthDate =
  | { readonly ok: true; readonly birthDate: string | null }
  | { readonly ok: false; readonly fromDocument: string };

/**
 * A 居民身份证号 carries the birth date (docs/domain.md §6.2): it fills one not declared and refutes
 * one that differs; other documents leave the declared one as it is.
 */
export function candidateBirthDate(document: IdDocument, declared: string | null): CandidateBirthDate {
  const fromDocument = birthDateOfDocument(document);
  if (fromDocument === null) return { ok: true, birthDate: declared };
  if (declared === null || declared === fromDocument) return { ok: true, birthDate: fromDocument };
  return { ok: false, fromDocument };
}
