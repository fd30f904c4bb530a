import { type IdDocument, isOccupationCode, type OccupationCode, skillLevel } from '@tianfu/contracts';
import type { CandidateBackground, HeldLevel, ProfessionalTitle } from '@tianfu/skill-rules';
import { birthDateOfDocument } from '../../domain/plausibility.ts';
import type { RowValues } from './columns.ts';
import { enrolmentColumns } from './enrolment-columns.ts';
import { defaultIdType, documentKey, idDocumentCell } from './id-document-cells.ts';
import { type RowContext, sheetReader } from './read-sheet.ts';
import type { SheetResult } from './sheet-result.ts';

/** One candidate to enrol: the normalised document, the name, and what they declare. */
export interface EnrolmentRow {
  readonly row: number;
  readonly document: IdDocument;
  readonly name: string;
  readonly background: CandidateBackground;
}

export interface EnrolmentSheetOptions {
  /** The session's occupation: a declared level names it unless the row gives another. */
  readonly occupationCode: OccupationCode;
}

type Values = RowValues<typeof enrolmentColumns>;

const readEnrolments = sheetReader(enrolmentColumns);

// Each check below returns undefined when it reported a problem, null when the row declares nothing.

function titleOf(
  { title, titleSince }: Values,
  { report, headerOf }: RowContext,
): ProfessionalTitle | null | undefined {
  if (title !== undefined && titleSince !== undefined) return { grade: title, since: titleSince };
  if (title === undefined && titleSince === undefined) return null;
  if (title === undefined) report('title', 'title_required', `${headerOf('titleSince')} is given without a 职称`);
  else report('titleSince', 'title_since_required', `a 职称 needs the date it was obtained`);
  return undefined;
}

function heldLevelsOf(values: Values, occupationCode: OccupationCode, { report }: RowContext): HeldLevel[] | undefined {
  const { heldLevel, heldLevelOccupation, heldLevelSince, heldCertificateNo } = values;
  if (heldLevel === undefined) {
    if (heldLevelOccupation === undefined && heldLevelSince === undefined && heldCertificateNo === undefined) return [];
    report('heldLevel', 'held_level_required', 'an occupation, date or certificate is given without the level held');
    return undefined;
  }
  const digit = heldCertificateNo?.levelDigit ?? null;
  const matches = digit === null || digit === skillLevel(heldLevel).certificateDigit;
  if (!matches)
    report('heldCertificateNo', 'certificate_level', 'the level digit of the 证书编号 (domain.md §3.2) differs');
  if (heldLevelSince === undefined)
    report('heldLevelSince', 'held_level_since_required', 'a level held needs its date');
  if (!matches || heldLevelSince === undefined) return undefined;
  return [
    {
      level: heldLevel,
      occupationCode: heldLevelOccupation ?? occupationCode,
      obtainedOn: heldLevelSince,
      source: 'declared',
      certificateNo: heldCertificateNo?.number ?? null,
    },
  ];
}

/** A 居民身份证号 carries the birth date (domain.md §6.2); a declared one must agree with it. */
function birthDateOf(
  document: IdDocument,
  declared: string | undefined,
  { report }: RowContext,
): string | null | undefined {
  const fromNumber = birthDateOfDocument(document);
  if (fromNumber === null) return declared ?? null;
  if (declared === undefined || declared === fromNumber) return fromNumber;
  report('birthDate', 'birth_date_conflict', 'differs from the birth date in the 居民身份证号 (domain.md §6.2)');
  return undefined;
}

/** Reads an enrolment sheet: one row is one candidate with the background they declare (domain.md §2.3). */
export function parseEnrolmentSheet(
  file: Buffer,
  { occupationCode }: EnrolmentSheetOptions,
): SheetResult<EnrolmentRow> {
  if (!isOccupationCode(occupationCode)) throw new RangeError('occupationCode must be like 6-31-01-03');
  const firstRowOf = new Map<string, number>();
  return readEnrolments(file, (values, row, context) => {
    const document = idDocumentCell(values.idType ?? defaultIdType, values.idNumber);
    if (!document.ok) context.report('idNumber', document.rule, document.message);
    const earlier = document.ok ? firstRowOf.get(documentKey(document.value)) : undefined;
    if (earlier !== undefined) context.report('idNumber', 'duplicate_row', `the same ID document as row ${earlier}`);
    else if (document.ok) firstRowOf.set(documentKey(document.value), row);
    const title = titleOf(values, context);
    const heldLevels = heldLevelsOf(values, occupationCode, context);
    const birthDate = document.ok ? birthDateOf(document.value, values.birthDate, context) : undefined;
    const bad = earlier !== undefined || title === undefined || heldLevels === undefined || birthDate === undefined;
    if (!document.ok || bad) return undefined;
    const { name, yearsInOccupation, apprenticeshipCompleted = false, schooling = [] } = values;
    const background = { birthDate, yearsInOccupation, apprenticeshipCompleted, schooling, title, heldLevels };
    return { row, document: document.value, name, background };
  });
}
