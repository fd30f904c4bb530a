import type { z } from 'zod';
import { textRuleOf } from '../values/text.ts';

// Characters the text type refuses today that an edge accepted before it existed.
const loneSurrogates = /[\ud800-\udfff]/gu;
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/gu;
const controlsButLines = /(?![\t\n\r])\p{Cc}/gu;
const lineControls = /[\t\n\r]/gu;

const repairable = new Set(['control_character', 'bidi_control', 'lone_surrogate']);

/**
 * The paths of a stored event's text that only the character rules refused, or null when any
 * other problem is among the issues (that event is wrong in a way no repair should hide).
 */
export function legacyTextPaths(issues: readonly z.core.$ZodIssue[]): (readonly PropertyKey[])[] | null {
  const onlyText = issues.every((issue) => repairable.has(textRuleOf(issue) ?? ''));
  return onlyText ? issues.map((issue) => issue.path) : null;
}

/**
 * Text stored before the rules, made readable as a reader would see it: a lone surrogate becomes
 * U+FFFD (as the document store already keeps it), bidi controls go, other controls become spaces;
 * `lines` false turns TAB, LF and CR into spaces too (for a one-line field).
 */
export function repairLegacyText(value: string, lines: boolean): string {
  const repaired = value.replace(loneSurrogates, '\ufffd').replace(bidiControls, '').replace(controlsButLines, ' ');
  return lines ? repaired : repaired.replace(lineControls, ' ');
}

/** `data` with the strings at `paths` repaired; everything else shared, nothing mutated. */
export function withRepairedText(data: unknown, paths: readonly (readonly PropertyKey[])[], lines: boolean): unknown {
  return paths.reduce((value, path) => repairAt(value, path, lines), data);
}

function repairAt(value: unknown, path: readonly PropertyKey[], lines: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return typeof value === 'string' ? repairLegacyText(value, lines) : value;
  if (value === null || typeof value !== 'object') return value;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<PropertyKey, unknown>;
  copy[head] = repairAt(copy[head], rest, lines);
  return copy;
}
