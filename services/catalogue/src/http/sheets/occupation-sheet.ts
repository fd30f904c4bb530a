import { type OccupationKind, occupationCodeParts } from '@tianfu/contracts';
import { calendarDate, oneOf, optional, required, type SheetResult, sheetReader, text, yesNo } from '@tianfu/sheets';
import type { ImportRow } from '../../domain/import-entries.ts';
import { GroupEntrySchema, isGroupRowCode, isOccupationRowCode, OccupationEntrySchema } from '../entry-schemas.ts';
import { parseEntry } from './entry-problems.ts';

const kindLabels = new Map<string, OccupationKind>([
  ['技能人员', 'skilled'],
  ['技能', 'skilled'],
  ['skilled', 'skilled'],
  ['专业技术人员', 'professional'],
  ['专业技术', 'professional'],
  ['professional', 'professional'],
]);

const listSeparators = /[;；、]/;
const names = (cell: string) => ({
  ok: true as const,
  value: cell
    .split(listSeparators)
    .map((name) => name.trim())
    .filter((name) => name !== ''),
});

/**
 * The 大典 sheet: one row per 大类, 中类, 小类 (a group) or 细类 (an occupation), told apart by the
 * code. 来源 notes where a row was checked and is not stored.
 */
const occupationColumns = {
  code: required(['编码', '职业编码', 'code'], text),
  name: required(['名称', '职业名称', 'name'], text),
  kind: optional(['类别', 'kind'], oneOf(kindLabels, 'kind', '技能人员 or 专业技术人员 (skilled, professional)')),
  digital: optional(['数字职业', 'digital'], yesNo),
  green: optional(['绿色职业', 'green'], yesNo),
  workTypes: optional(['工种', 'workTypes'], names),
  newOccupationPublishedOn: optional(['新职业发布日期', 'newOccupationPublishedOn'], calendarDate),
  source: optional(['来源', 'source'], text),
};

const readOccupations = sheetReader(occupationColumns);

// 大类 2 holds the 专业技术人员; the 大典's other ranks that assessment covers are 技能人员 (docs/domain.md §3.4).
const defaultKind = (code: string): OccupationKind =>
  occupationCodeParts(code).majorGroup === 2 ? 'professional' : 'skilled';

/** Reads a 大典 sheet into import rows; every row's problems are named, whatever their number. */
export function parseOccupationSheet(file: Buffer): SheetResult<ImportRow> {
  return readOccupations(file, (values, row, { report }) => {
    const { code, name } = values;
    if (!isOccupationRowCode(code) && !isGroupRowCode(code)) {
      report('code', 'occupation_code', 'a 大典 code is 大类 6, 中类 6-31, 小类 6-31-01 or 细类 6-31-01-04');
      return undefined;
    }
    if (!isOccupationRowCode(code)) {
      const group = parseEntry(GroupEntrySchema, { code, name }, report);
      return group && { row, entry: { entity: 'group', ...group } };
    }
    const occupation = {
      code,
      name,
      kind: values.kind ?? defaultKind(code),
      digital: values.digital ?? false,
      green: values.green ?? false,
      workTypes: values.workTypes ?? [],
      newOccupationPublishedOn: values.newOccupationPublishedOn ?? null,
    };
    const parsed = parseEntry(OccupationEntrySchema, occupation, report);
    return parsed && { row, entry: { entity: 'occupation', ...parsed } };
  });
}
