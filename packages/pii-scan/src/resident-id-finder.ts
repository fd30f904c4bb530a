import { checkResidentId } from '@tianfu/contracts';

/** A 居民身份证号 found in a text: where, as written, and its normalised 18-character form. */
export interface ResidentIdMatch {
  readonly start: number;
  readonly end: number;
  readonly number: string;
}

// GB/T 2260 provinces: a number that starts otherwise is no 居民身份证号, whatever its check says.
const provinces = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' '),
);

// 18 characters, compact or split by single spaces or hyphens ("510104 19600101 001X"); the check
// character and the birth date then rule out nearly every other run of digits. Neither form is
// read out of a decimal number (a log's "responseTime":21.814654000103474).
const eighteen = /(?<!\d)(?<!\d\.)\d(?:[ -]?\d){16}[ -]?[\dXx](?![\dXx])(?!\.\d)/g;
// The legacy 15 digits carry no check character: only a run standing alone, never inside a token.
const fifteen = /(?<![0-9A-Za-z])(?<!\d\.)\d{15}(?![0-9A-Za-z])(?!\.\d)/g;

function checked(text: string, start: number, end: number): ResidentIdMatch[] {
  const candidate = text.slice(start, end).replace(/[ -]/g, '');
  if (!provinces.has(candidate.slice(0, 2))) return [];
  const id = checkResidentId(candidate);
  return id.ok ? [{ start, end, number: id.value.number }] : [];
}

/** Every valid 居民身份证号 in `text` (18 characters, with or without separators, or 15 digits). */
export function findResidentIds(text: string): ResidentIdMatch[] {
  const found: ResidentIdMatch[] = [];
  for (const pattern of [eighteen, fifteen]) {
    for (const match of text.matchAll(pattern))
      found.push(...checked(text, match.index, match.index + match[0].length));
  }
  return found.sort((a, b) => a.start - b.start);
}
