import { type IdDocument, isOccupationCode, type OccupationCode } from '@tianfu/contracts';
import { defaultIdType, documentKey, type RowContext, type RowValues, sheetReader } from '@tianfu/sheets';
import type { CandidateBackground } from '@tianfu/skill-rules';
import type { z } from 'zod';
import { EnrolCandidateSchema } from '../session-schemas.ts';
import { enrolmentColumns } from './enrolment-columns.ts';
import { reportIssues } from './enrolment-problems.ts';
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
type Candidate = z.input<typeof EnrolCandidateSchema>;
type Background = Candidate['background'];

const readEnrolments = sheetReader(enrolmentColumns);

// The checks below only pair up columns into the JSON shape; each returns undefined when it
// reported a problem, null (or none) when the row declares nothing.

function titleOf({ title, titleSince }: Values, { report, headerOf }: RowContext): Background['title'] | undefined {
  if (title !== undefined && titleSince !== undefined) return { grade: title, since: titleSince };
  if (title === undefined && titleSince === undefined) return null;
  if (title === undefined) report('title', 'title_required', `${headerOf('titleSince')} is given without a 职称`);
  else report('titleSince', 'title_since_required', `a 职称 needs the date it was obtained`);
  return undefined;
}

function heldLevelsOf(
  values: Values,
  occupationCode: OccupationCode,
  { report }: RowContext,
): Background['heldLevels'] | undefined {
  const { heldLevel, heldLevelOccupation, heldLevelSince, heldCertificateNo } = values;
  if (heldLevel === undefined) {
    if (heldLevelOccupation === undefined && heldLevelSince === undefined && heldCertificateNo === undefined) return [];
    report('heldLevel', 'held_level_required', 'an occupation, date or certificate is given without the level held');
    return undefined;
  }
  if (heldLevelSince === undefined) {
    report('heldLevelSince', 'held_level_since_required', 'a level held needs its date');
    return undefined;
  }
  const held = { level: heldLevel, occupationCode: heldLevelOccupation ?? occupationCode, obtainedOn: heldLevelSince };
  return [{ ...held, certificateNo: heldCertificateNo ?? null }];
}

/** The row in the shape the JSON route takes; a column pairing that failed is left out, not guessed. */
function candidateOf(values: Values, title: Background['title'] | undefined, heldLevels: Background['heldLevels']) {
  const { idType = defaultIdType, idNumber, name, yearsInOccupation, apprenticeshipCompleted, schooling } = values;
  const background = {
    birthDate: values.birthDate ?? null,
    yearsInOccupation,
    apprenticeshipCompleted,
    schooling,
    title: title ?? null,
    heldLevels,
  };
  return { document: { idType, idNumber }, name, background } satisfies Candidate;
}

/**
 * Reads an enrolment sheet: one row is one candidate with the background they declare (docs/domain.md §2.3),
 * parsed by the JSON route's schema so a sheet accepts exactly what the route does.
 */
export function parseEnrolmentSheet(
  file: Buffer,
  { occupationCode }: EnrolmentSheetOptions,
): SheetResult<EnrolmentRow> {
  if (!isOccupationCode(occupationCode)) throw new RangeError('occupationCode must be like 4-12-01-01');
  const firstRowOf = new Map<string, number>();
  return readEnrolments(file, (values, row, context) => {
    const title = titleOf(values, context);
    const heldLevels = heldLevelsOf(values, occupationCode, context);
    const parsed = EnrolCandidateSchema.safeParse(candidateOf(values, title, heldLevels ?? []));
    if (!parsed.success) reportIssues(parsed.error.issues, context.report);
    if (!parsed.success || title === undefined || heldLevels === undefined) return undefined;
    const { document, name, background } = parsed.data;
    const earlier = firstRowOf.get(documentKey(document));
    if (earlier !== undefined) {
      context.report('idNumber', 'duplicate_row', `the same ID document as row ${earlier}`);
      return undefined;
    }
    firstRowOf.set(documentKey(document), row);
    return { row, document, name, background };
  });
}
