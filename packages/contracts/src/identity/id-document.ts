import { z } from 'zod';
import { type Checked, invalid, valid } from '../values/checked.ts';
import { idNumberByType, idNumberDescription } from './id-number-patterns.ts';
import { type IdType, idTypeRule, idTypes } from './id-types.ts';
import { checkResidentId, normaliseIdText, type ResidentIdOptions, type ResidentIdProblem } from './resident-id.ts';

export const IdTypeSchema = z.enum(idTypes, { error: `idType must be one of ${idTypes.join(', ')}` });

/** 证件类型 + 证件号码: the number only means something together with its type (docs/domain.md §6.3). */
export interface IdDocument {
  readonly idType: IdType;
  readonly idNumber: string;
}

export type IdDocumentProblem = ResidentIdProblem;

/**
 * Normalises the number for its type: a 居民身份证号 becomes its checked 18-character form;
 * other documents are trimmed, upper-cased and held to a sane shape (no checksum is known for them).
 */
export function normaliseIdDocument(
  document: IdDocument,
  options: ResidentIdOptions = {},
): Checked<IdDocument, IdDocumentProblem> {
  if (document.idType === 'resident-id-card') {
    const checked = checkResidentId(document.idNumber, options);
    return checked.ok ? valid({ idType: document.idType, idNumber: checked.value.number }) : checked;
  }
  const rule = idTypeRule(document.idType);
  const idNumber = normaliseIdText(document.idNumber);
  if (rule.shape !== null && !rule.shape.test(idNumber)) {
    return invalid('ID_FORMAT', `${rule.name} number must be ${rule.shapeText}`);
  }
  return valid({ idType: document.idType, idNumber });
}

/**
 * The birth date a normalised 居民身份证号 carries (positions 7–14, docs/domain.md §6.2), so a rule
 * on age needs nothing kept beside the number; null for other documents, which carry none.
 */
export function birthDateOfDocument(document: IdDocument): string | null {
  if (document.idType !== 'resident-id-card') return null;
  const { idNumber } = document;
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** An ID document at an edge (HTTP body): outputs the normalised document, or an issue on idNumber. */
export const IdDocumentSchema = z
  .object({
    idType: IdTypeSchema,
    idNumber: z.string().max(64, 'idNumber is too long').meta({ description: idNumberDescription }),
  })
  .meta(idNumberByType)
  .transform((document, ctx): IdDocument => {
    const checked = normaliseIdDocument(document);
    if (checked.ok) return checked.value;
    ctx.addIssue({
      code: 'custom',
      path: ['idNumber'],
      message: `${checked.reason} (${checked.code})`,
      params: { code: checked.code },
    });
    return z.NEVER;
  });
