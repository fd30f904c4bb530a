import type { z } from 'zod';
import { type EventEnvelope, EventEnvelopeSchema } from '../envelope.ts';
import type { EventChain } from './event-chains.ts';
import type { AnyEventDefinition } from './event-definition.ts';
import { eventContractError } from './event-errors.ts';
import { legacyTextPaths, withRepairedText } from './legacy-text.ts';

export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');

/** Parses `data` with `schema` (the definition's own, or a stricter wrap of it); throws EVENT_SCHEMA_INVALID. */
export function parseEventData(schema: z.ZodType, definition: AnyEventDefinition, data: unknown): unknown {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const { type, schemaVersion } = definition;
  const issues = result.error.issues;
  throw eventContractError('EVENT_SCHEMA_INVALID', `${type} v${schemaVersion}: ${describeIssues(issues)}`, {
    eventType: type,
    schemaVersion,
    issues,
  });
}

/**
 * Stored data under the schema of its version. Text an edge accepted before the text rules (a
 * control, a bidi control, a lone surrogate) is repaired rather than refused, so a replay from
 * offset 0 loses no fact: first keeping TAB, LF and CR, then (for one-line fields) not.
 */
function readStoredData(definition: AnyEventDefinition, data: unknown): unknown {
  const first = definition.schema.safeParse(data);
  if (first.success) return first.data;
  const paths = legacyTextPaths(first.error.issues);
  if (paths === null) return parseEventData(definition.schema, definition, data);
  const keepingLines = definition.schema.safeParse(withRepairedText(data, paths, true));
  if (keepingLines.success) return keepingLines.data;
  const again = legacyTextPaths(keepingLines.error.issues) ?? [];
  return parseEventData(
    definition.schema,
    definition,
    withRepairedText(withRepairedText(data, paths, true), again, false),
  );
}

/**
 * Parses stored data with the schema of the version it was written in, then runs each later
 * version's upcaster and schema in turn, so every step sees data its own version promises.
 */
export function liftToLatest(type: string, chain: EventChain, fromVersion: number, data: unknown): unknown {
  const start = chain[fromVersion - 1];
  if (start === undefined) {
    throw eventContractError(
      'UNKNOWN_EVENT_VERSION',
      `${type} has no schema version ${fromVersion} (latest known: ${chain.length})`,
      {
        eventType: type,
        schemaVersion: fromVersion,
      },
    );
  }
  let current = readStoredData(start.definition, data);
  for (const next of chain.slice(fromVersion)) {
    current = parseEventData(next.definition.schema, next.definition, next.upcast(current));
  }
  return current;
}

/** Checks the envelope itself, data included against the storage limits; throws EVENT_ENVELOPE_INVALID. */
export function checkEnvelope(envelope: unknown): EventEnvelope {
  const checked = EventEnvelopeSchema.safeParse(envelope);
  if (checked.success) return checked.data;
  const issues = checked.error.issues;
  throw eventContractError('EVENT_ENVELOPE_INVALID', `not an event envelope: ${describeIssues(issues)}`, { issues });
}
