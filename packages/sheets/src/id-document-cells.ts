import {
  type IdDocument,
  type IdDocumentProblem,
  type IdType,
  idTypeRules,
  normaliseIdDocument,
} from '@tianfu/contracts';
import { oneOf } from './cell-parsers.ts';
import { accept, type Cell, reject } from './columns.ts';
import type { SheetRule } from './sheet-result.ts';

/** A sheet that names no 证件类型 means the 居民身份证. */
export const defaultIdType: IdType = 'resident-id-card';

// Chinese names as in idTypeRules, the English ids, and 身份证 as people write it.
const idTypeLabels = new Map<string, IdType>([
  ...idTypeRules.flatMap(({ idType, name }): [string, IdType][] => [
    [name, idType],
    [idType, idType],
  ]),
  ['身份证', 'resident-id-card'],
]);

export const idTypeCell = oneOf(
  idTypeLabels,
  'id_type',
  `a 证件类型 such as ${idTypeRules.map((rule) => rule.name).join('、')} (or its English id)`,
);

const problemRules: Record<IdDocumentProblem, SheetRule> = {
  ID_FORMAT: 'id_format',
  ID_DATE: 'id_date',
  ID_CHECKSUM: 'id_checksum',
};

/**
 * The document normalised for its type (GB 11643 for a 居民身份证, docs/domain.md §6.2–6.3). The
 * reason never holds the number itself, so it is safe in a problem.
 */
export function idDocumentCell(idType: IdType, idNumber: string): Cell<IdDocument> {
  const checked = normaliseIdDocument({ idType, idNumber });
  return checked.ok ? accept(checked.value) : reject(problemRules[checked.code], checked.reason);
}

/** One key per person and document, for finding a row repeated in the file. */
export const documentKey = (document: IdDocument): string => `${document.idType} ${document.idNumber}`;
