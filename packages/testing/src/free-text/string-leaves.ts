import { isTextSchema } from '@tianfu/contracts';
import type { z } from 'zod';

/** How a string in a schema is checked: the text type, a pattern/format/parser of its own, or nothing. */
export type StringKind = 'text' | 'checked' | 'plain';

export interface StringLeaf {
  /** Dotted, `*` for any array item. */
  readonly path: string;
  readonly schema: z.ZodType;
  readonly kind: StringKind;
}

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly format?: string;
  readonly checks?: readonly { _zod: { def: { check: string } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function kindOf(schema: z.ZodType, parsedAfter: boolean): StringKind {
  if (isTextSchema(schema)) return 'text';
  const def = defOf(schema);
  const formatted = def.format !== undefined || (def.checks ?? []).some((c) => c._zod.def.check === 'string_format');
  return formatted || parsedAfter ? 'checked' : 'plain';
}

/** Every string a value of `schema` can hold, with the path to it (through wrappers, unions and pipes). */
export function stringLeaves(schema: z.ZodType, path: readonly string[] = [], parsedAfter = false): StringLeaf[] {
  if (isTextSchema(schema)) return [{ path: path.join('.'), schema, kind: 'text' }];
  const def = defOf(schema);
  const inner = (next: z.ZodType | undefined, at = path, parsed = parsedAfter) =>
    next === undefined ? [] : stringLeaves(next, at, parsed);
  switch (def.type) {
    case 'string':
      return [{ path: path.join('.'), schema, kind: kindOf(schema, parsedAfter) }];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => inner(child, [...path, key]));
    case 'array':
      return inner(def.element, [...path, '*']);
    case 'pipe':
      // A string piped into a transform is parsed by it (a checksum, a classifier): checked.
      return inner(def.in, path, parsedAfter || defOf(def.out as z.ZodType).type === 'transform');
    case 'union':
      return unique((def.options ?? []).flatMap((option) => inner(option)));
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)];
    default:
      return wrappers.has(def.type) ? inner(def.innerType) : [];
  }
}

const unique = (leaves: StringLeaf[]): StringLeaf[] => [...new Map(leaves.map((l) => [l.path, l])).values()];

/** The schema of the string at `path` in `schema` (the first union option that has it). */
export function leafAt(schema: z.ZodType, path: string): StringLeaf | undefined {
  return stringLeaves(schema).find((leaf) => leaf.path === path);
}
