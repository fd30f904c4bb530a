import { maskHolderName, maskIdNumber } from '@tianfu/contracts';
import { findResidentIds } from './resident-id-finder.ts';

/** Personal data found in a text, masked so that reporting it leaks nothing. */
export interface Finding {
  readonly kind: 'resident-id' | 'name';
  readonly start: number;
  readonly end: number;
  readonly masked: string;
}

export interface PiiFinder {
  find(text: string): Finding[];
  /** `text` with every finding replaced by its mask: for printing where a hit was. */
  redact(text: string): string;
}

// A name may be written as is or, by some JSON writers, as \uXXXX escapes.
const escaped = (name: string): string =>
  Array.from(name, (c) => (c.charCodeAt(0) < 128 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('');

function findName(text: string, name: string): Finding[] {
  const found: Finding[] = [];
  for (const form of new Set([name, escaped(name)])) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      found.push({ kind: 'name', start: at, end: at + form.length, masked: maskHolderName(name) });
    }
  }
  return found;
}

/** Finds raw 居民身份证号 and the given plaintext names (e.g. a test's workers) in texts. */
export function piiFinder(names: readonly string[] = []): PiiFinder {
  const needles = [...new Set(names.map((n) => n.normalize('NFC').trim()).filter((n) => n.length > 0))];
  const find = (text: string): Finding[] => {
    const ids = findResidentIds(text).map(
      (id): Finding => ({ kind: 'resident-id', start: id.start, end: id.end, masked: maskIdNumber(id.number) }),
    );
    return [...ids, ...needles.flatMap((name) => findName(text, name))].sort((a, b) => a.start - b.start);
  };
  const redact = (text: string): string => {
    let out = '';
    let at = 0;
    for (const f of find(text)) {
      if (f.start < at) continue;
      out += text.slice(at, f.start) + f.masked;
      at = f.end;
    }
    return out + text.slice(at);
  };
  return { find, redact };
}
