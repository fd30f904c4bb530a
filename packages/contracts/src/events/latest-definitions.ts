import type { z } from 'zod';
import type { EventEnvelope } from '../envelope.ts';
import type { AnyEventDefinition } from './event-definition.ts';

type Counter<N extends number, T extends unknown[] = []> = T['length'] extends N ? T : Counter<N, [...T, unknown]>;

/** A < B for small non-negative integer literals; false when either is plain `number`. */
type IsBelow<A extends number, B extends number> = number extends A | B
  ? false
  : Counter<B> extends [...Counter<A>, unknown, ...unknown[]]
    ? true
    : false;

type NewerThan<D extends AnyEventDefinition, All extends AnyEventDefinition> = All extends AnyEventDefinition
  ? All['type'] extends D['type']
    ? IsBelow<D['schemaVersion'], All['schemaVersion']> extends true
      ? All
      : never
    : never
  : never;

/** The definitions no other definition of the same type supersedes. */
export type LatestDefinitions<
  All extends AnyEventDefinition,
  D extends AnyEventDefinition = All,
> = D extends AnyEventDefinition ? ([NewerThan<D, All>] extends [never] ? D : never) : never;

export type LatestDefinitionOf<All extends AnyEventDefinition, TType extends string> = Extract<
  LatestDefinitions<All>,
  { readonly type: TType }
>;

/** What `parse` returns: one envelope type per event type, with its latest data. */
export type ParsedEvent<All extends AnyEventDefinition> =
  LatestDefinitions<All> extends infer D
    ? D extends AnyEventDefinition
      ? EventEnvelope<D['type'], z.output<D['schema']>>
      : never
    : never;
