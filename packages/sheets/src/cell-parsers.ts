import { accept, type CellParser, reject } from './columns.ts';
import type { SheetRule } from './sheet-result.ts';

const number = /^-?\d+(?:\.\d+)?$/;
// One decimal place; trailing zeros (85.50) are the same value and pass.
const oneDecimal = /^-?\d+(?:\.\d0*)?$/;

interface DecimalRules {
  readonly min: number;
  readonly max: number;
  readonly format: SheetRule;
  readonly range: SheetRule;
  /** What the number is, for the messages: "a part score" */
  readonly what: string;
}

/** A decimal number with at most one decimal place, within [min, max]. */
export function decimal({ min, max, format, range, what }: DecimalRules): CellParser<number> {
  return (text) => {
    if (!number.test(text)) return reject(format, `${what} must be a plain number such as 8 or 8.5`);
    if (!oneDecimal.test(text)) return reject(format, `${what} has at most one decimal place`);
    const value = Number(text);
    return value >= min && value <= max ? accept(value) : reject(range, `${what} runs ${min}–${max}`);
  };
}

/** Labels lower-cased once; a cell tries its own spelling first, as most are already lower case or 汉字. */
function labelLookup<V>(labels: ReadonlyMap<string, V>): (text: string) => V | undefined {
  const byLabel = new Map([...labels].map(([label, value]) => [label.toLowerCase(), value]));
  return (text) => byLabel.get(text) ?? byLabel.get(text.toLowerCase());
}

/** A value from a closed list, by any of its labels (Chinese or English, any case). */
export function oneOf<V>(labels: ReadonlyMap<string, V>, rule: SheetRule, expected: string): CellParser<V> {
  const lookUp = labelLookup(labels);
  return (text) => {
    const value = lookUp(text);
    return value === undefined ? reject(rule, `expected ${expected}`) : accept(value);
  };
}

const listSeparators = /[;；、]/;

/** Several values from a closed list, separated by ; ；or 、, each given once in the output. */
export function listOf<V>(labels: ReadonlyMap<string, V>, rule: SheetRule, expected: string): CellParser<V[]> {
  const lookUp = labelLookup(labels);
  return (text) => {
    const values: V[] = [];
    for (const part of text.split(listSeparators)) {
      const label = part.trim();
      if (label === '') continue;
      const value = lookUp(label);
      if (value === undefined) return reject(rule, `expected one or more of ${expected}, separated by ; or 、`);
      if (!values.includes(value)) values.push(value);
    }
    return accept(values);
  };
}

const yesNoLabels = new Map([
  ['是', true],
  ['否', false],
  ['yes', true],
  ['no', false],
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
]);

export const yesNo = oneOf(yesNoLabels, 'yes_no', '是/否, yes/no, true/false or 1/0');

// Excel in a Chinese locale rewrites 2020-01-05 as 2020/1/5 when it saves a sheet, so both pass.
const datePattern = /^((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})$/;
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A real calendar day, written YYYY-MM-DD (or YYYY/M/D); the output is YYYY-MM-DD. */
export const calendarDate: CellParser<string> = (text) => {
  const match = datePattern.exec(text);
  if (match === null) return reject('date_format', 'expected a date written YYYY-MM-DD');
  const [, year = '', month = '', day = ''] = match;
  const monthNo = Number(month);
  const dayNo = Number(day);
  const last = monthNo === 2 && isLeapYear(Number(year)) ? 29 : (daysInMonth[monthNo - 1] ?? 0);
  if (dayNo < 1 || dayNo > last) return reject('date_format', 'not a real calendar date');
  const written = text.length === 10 && text[4] === '-' && text[7] === '-';
  return accept(written ? text : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
};
