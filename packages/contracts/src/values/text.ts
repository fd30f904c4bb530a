import { z } from 'zod';

/**
 * Stable names of the text rules; an HTTP 400 carries one as its `rule`, a sheet problem maps it
 * to its own. Whatever a route accepts under these rules every event schema and store accepts.
 */
export type TextRule = 'text_required' | 'text_too_long' | 'control_character' | 'bidi_control' | 'lone_surrogate';

export interface TextOptions {
  /** At most this many characters (Unicode code points), after normalising. */
  readonly max: number;
  /** At least this many characters after normalising; 1 unless said. */
  readonly min?: number;
  /** A field documented as multi-line keeps TAB, LF and CR; every other control is refused alike. */
  readonly multiline?: boolean;
}

export interface TextProblem {
  readonly rule: TextRule;
  readonly message: string;
}

// C0 and C1 controls with DEL (Unicode category Cc), NUL among them; TAB, LF and CR listed apart.
const controls = /(?![\t\n\r])\p{Cc}/u;
const lineControls = /[\t\n\r]/u;
// Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069) reorder what a reader sees.
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/u;
// With the u flag a surrogate pair is one code point, so only a lone half matches.
const loneSurrogate = /[\ud800-\udfff]/u;

const codePoint = (match: RegExpExecArray): string =>
  `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Unicode NFC, then without leading and trailing white space (U+3000 and the BOM included). */
export const normaliseText = (value: string): string => value.normalize('NFC').trim();

function characterProblem(value: string, multiline: boolean): TextProblem | null {
  const surrogate = loneSurrogate.exec(value);
  if (surrogate !== null)
    return { rule: 'lone_surrogate', message: `must be well-formed Unicode: a lone surrogate ${codePoint(surrogate)}` };
  const control = controls.exec(value) ?? (multiline ? null : lineControls.exec(value));
  if (control !== null) {
    const allowed = multiline ? ' (TAB, LF and CR only)' : '';
    return {
      rule: 'control_character',
      message: `must not contain control characters${allowed}: ${codePoint(control)}`,
    };
  }
  const bidi = bidiControls.exec(value);
  if (bidi !== null)
    return { rule: 'bidi_control', message: `must not contain bidi overrides or isolates: ${codePoint(bidi)}` };
  return null;
}

function lengthProblem(value: string, min: number, max: number): TextProblem | null {
  // Counted in characters: a rare 汉字 outside the BMP counts once, not as two UTF-16 units.
  const length = value.length <= max && value.length >= min ? value.length : Array.from(value).length;
  if (length < min)
    return { rule: 'text_required', message: min === 1 ? 'must not be empty' : `must have at least ${min} characters` };
  if (length > max) return { rule: 'text_too_long', message: `must have at most ${max} characters` };
  return null;
}

/** What is wrong with already-normalised text under `options`, or null when nothing is. */
export function textProblem(value: string, { max, min = 1, multiline = false }: TextOptions): TextProblem | null {
  return characterProblem(value, multiline) ?? lengthProblem(value, min, max);
}

/**
 * The one schema for free text (names, venues, notes, reasons …), shared by routes, sheet rows and
 * event schemas: NFC, trimmed, no controls, bidi overrides or lone surrogates, a length limit.
 * Text stored before it normalises to itself or shorter, so old events still parse.
 */
export function text(options: TextOptions) {
  const { max, min = 1 } = options;
  const schema = z
    .string()
    .overwrite(normaliseText)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, options);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem.message, params: { rule: problem.rule } });
    })
    .meta({ minLength: min, maxLength: max });
  textSchemas.add(schema);
  return schema;
}

// Every schema `text` made, so a test can tell free text from other strings in any schema tree.
const textSchemas = new WeakSet<z.ZodType>();

/** Whether `schema` is one `text` made (not wrapped: optional, nullable and default wrap it). */
export const isTextSchema = (schema: z.ZodType): boolean => textSchemas.has(schema);

/** The rule of a zod issue raised by `text`, if it was one. */
export function textRuleOf(issue: z.core.$ZodIssue): TextRule | null {
  const rule = issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
  return typeof rule === 'string' && textRules.has(rule) ? (rule as TextRule) : null;
}

const textRules = new Set<string>([
  'text_required',
  'text_too_long',
  'control_character',
  'bidi_control',
  'lone_surrogate',
]);

/** At most `max` characters of `value`, never cutting a surrogate pair in half (which `slice` can). */
export const clipText = (value: string, max: number): string =>
  value.length <= max ? value : Array.from(value).slice(0, max).join('');

/** A person's name as written (sealed under the worker's key before it is kept). */
export const PersonNameSchema = text({ max: 50 });

/** Why someone acted (a reason, a note): multi-line, so TAB, LF and CR are kept. */
export const ReasonSchema = text({ max: 1000, multiline: true });
