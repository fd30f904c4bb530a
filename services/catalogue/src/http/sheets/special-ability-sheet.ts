import { calendarDate, optional, required, type SheetResult, sheetReader, text } from '@tianfu/sheets';
import type { ImportRow } from '../../domain/import-entries.ts';
import { SpecialAbilityEntrySchema } from '../entry-schemas.ts';
import { parseEntry } from './entry-problems.ts';

const specialAbilityColumns = {
  code: required(['编码', 'code'], text),
  name: required(['名称', 'name'], text),
  regionCode: optional(['发布地区', 'regionCode'], text),
  occupationCode: optional(['相关职业编码', 'occupationCode'], text),
  publishedOn: required(['发布日期', 'publishedOn'], calendarDate),
  source: optional(['来源', 'source'], text),
};

const readSpecialAbilities = sheetReader(specialAbilityColumns);

/** Reads a sheet of 专项职业能力 考核规范; no 发布地区 means the province's own. */
export function parseSpecialAbilitySheet(file: Buffer): SheetResult<ImportRow> {
  return readSpecialAbilities(file, (values, row, { report }) => {
    const { source: _source, ...fields } = values;
    const ability = {
      ...fields,
      regionCode: fields.regionCode ?? null,
      occupationCode: fields.occupationCode ?? null,
    };
    const parsed = parseEntry(SpecialAbilityEntrySchema, ability, report);
    return parsed && { row, entry: { entity: 'special-ability', ...parsed } };
  });
}
