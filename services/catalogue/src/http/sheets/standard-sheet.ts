import {
  accept,
  type CellParser,
  calendarDate,
  optional,
  reject,
  required,
  type SheetResult,
  sheetReader,
  text,
} from '@tianfu/sheets';
import type { ImportRow } from '../../domain/import-entries.ts';
import { StandardEntrySchema } from '../entry-schemas.ts';
import { parseEntry } from './entry-problems.ts';

// 五级 … 一级 and their step names (docs/domain.md §1), or the certificate digit itself.
const levelDigits = new Map<string, number>([
  ['五级', 5],
  ['初级工', 5],
  ['四级', 4],
  ['中级工', 4],
  ['三级', 3],
  ['高级工', 3],
  ['二级', 2],
  ['技师', 2],
  ['一级', 1],
  ['高级技师', 1],
]);

/** Levels separated by ; ；or 、: digits (5;4;3) or names (五级、四级); the range is the schema's to check. */
const levels: CellParser<number[]> = (cell) => {
  const digits: number[] = [];
  for (const part of cell.split(/[;；、]/).map((p) => p.trim())) {
    if (part === '') continue;
    const digit = /^\d$/.test(part) ? Number(part) : levelDigits.get(part);
    if (digit === undefined) return reject('levels', 'levels are digits 1–5 or 五级…一级, separated by ; or 、');
    digits.push(digit);
  }
  return accept(digits);
};

/** 申报条件 deviations as the JSON the JSON route takes (an array); the schema checks its shape. */
const deviations: CellParser<unknown> = (cell) => {
  try {
    return accept(JSON.parse(cell));
  } catch {
    return reject('deviations_json', 'deviations are a JSON array of {kind, ruleId | level, rule}');
  }
};

const standardColumns = {
  occupationCode: required(['职业编码', 'occupationCode'], text),
  version: required(['版本', '标准版本', 'version'], text),
  title: required(['标准名称', 'title'], text),
  levels: required(['等级', 'levels'], levels),
  template: required(['申报条件模板', '模板', 'template'], text),
  deviations: optional(['申报条件偏差', 'deviations'], deviations),
  effectiveFrom: required(['施行日期', 'effectiveFrom'], calendarDate),
  source: optional(['来源', 'source'], text),
};

const readStandards = sheetReader(standardColumns);

/** Reads a sheet of 国家职业技能标准 versions into import rows. */
export function parseStandardSheet(file: Buffer): SheetResult<ImportRow> {
  return readStandards(file, (values, row, { report }) => {
    const { source: _source, ...fields } = values;
    const standard = parseEntry(StandardEntrySchema, { ...fields, deviations: fields.deviations ?? [] }, report);
    return standard && { row, entry: { entity: 'standard', ...standard } };
  });
}
