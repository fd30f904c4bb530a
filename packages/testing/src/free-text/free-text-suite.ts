import { type AnyEventDefinition, storableProblems } from '@tianfu/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { hostileText } from './hostile-text.ts';
import { getAt, withValueAt } from './paths.ts';
import { leafAt, stringLeaves } from './string-leaves.ts';
import { writeRoutesIn } from './write-routes.ts';

export interface EventField {
  readonly event: AnyEventDefinition;
  readonly path: string;
}
/** Where a route's free text goes: an event's field, or why it is not copied into one (sealed, composed …). */
export type TextTarget = EventField | { readonly only: string };

export interface WriteRoute {
  /** The JSON body schema; null for a route that takes none (or a sheet, parsed by a body schema elsewhere). */
  readonly body: z.ZodType | null;
  /** A body the schema accepts, holding one item in every array. */
  readonly sample?: unknown;
  /** Every free-text field of the body, by path. */
  readonly text?: Readonly<Record<string, readonly TextTarget[]>>;
  /** Plain strings the handler checks itself (a signed token), by path, with how. */
  readonly opaque?: Readonly<Record<string, string>>;
}

/** Free text one event takes from another (a policy copying it on), so consumers accept it too. */
export interface EventCarry {
  readonly from: EventField;
  readonly to: EventField;
}

export interface FreeTextSpec {
  readonly httpDir: string;
  readonly routes: Readonly<Record<string, WriteRoute>>;
  /** The events of the service's own topic: each free-text field must be fed by a route or a carry. */
  readonly events: readonly AnyEventDefinition[];
  readonly carries?: readonly EventCarry[];
  /** Free text the platform writes itself (`Type path` → how it is kept within the text rules). */
  readonly generated?: Readonly<Record<string, string>>;
  /** Field names of plain strings in events that are identifiers the writer makes or checks. */
  readonly identifiers: readonly string[];
  readonly runs?: number;
}

// Generous: a few hundred parses per property on a machine that several suites share.
const timeout = 60_000;

const isEventField = (target: TextTarget): target is EventField => 'event' in target;
const name = ({ event, path }: EventField) => `${event.type} ${path}`;
const latestOnly = (events: readonly AnyEventDefinition[]) =>
  events.filter((e) => !events.some((o) => o.type === e.type && o.schemaVersion > e.schemaVersion));

/**
 * Text `accept` lets through is storable, and (given an event field) passes its schema unchanged;
 * without one, it is at least what the text type itself would keep.
 */
function checkCarry(
  accept: (text: string) => z.ZodSafeParseResult<unknown>,
  read: (out: unknown) => unknown,
  to: EventField | null,
  runs: number,
) {
  const leaf = to === null ? null : leafAt(to.event.schema, to.path);
  if (to !== null) expect(leaf?.kind, `${name(to)} must be a text() field`).toBe('text');
  const seen = { accepted: 0, refused: 0 };
  fc.assert(
    fc.property(hostileText(), (input) => {
      const parsed = accept(input);
      if (!parsed.success) {
        seen.refused++;
        return;
      }
      seen.accepted++;
      const value = read(parsed.data);
      expect(storableProblems(value)).toEqual([]);
      if (leaf === null) return;
      const event = leaf?.schema.safeParse(value);
      expect(event?.success, `${to === null ? '' : name(to)} refused ${JSON.stringify(value)}`).toBe(true);
      expect(event?.data).toBe(value);
    }),
    { numRuns: runs },
  );
  // Not vacuous: the generator reached both sides of the edge (a number checked further may refuse all).
  if (to !== null) expect(seen.accepted).toBeGreaterThan(0);
  expect(seen.refused).toBeGreaterThan(0);
}

/** The property test of docs: whatever a route accepts as free text, every event it reaches accepts. */
export function freeTextSuite(spec: FreeTextSpec): void {
  const runs = spec.runs ?? 200;
  const routes = Object.entries(spec.routes);
  const fed = new Set([
    ...routes.flatMap(([, r]) => Object.values(r.text ?? {}).flatMap((ts) => ts.filter(isEventField).map(name))),
    ...(spec.carries ?? []).map((c) => name(c.to)),
    ...Object.keys(spec.generated ?? {}),
  ]);

  describe('the free-text table is complete', () => {
    it('lists every write route the HTTP layer declares', () => {
      expect(Object.keys(spec.routes).sort()).toEqual(writeRoutesIn(spec.httpDir));
    });

    it.each(routes.filter(([, r]) => r.body !== null))(
      '%s: every string is text or checked, and every text is mapped',
      (_, route) => {
        const leaves = stringLeaves(route.body as z.ZodType);
        const plain = leaves.filter((l) => l.kind === 'plain').map((l) => l.path);
        expect(plain.sort()).toEqual(Object.keys(route.opaque ?? {}).sort());
        const text = leaves.filter((l) => l.kind === 'text').map((l) => l.path);
        expect(Object.keys(route.text ?? {}).sort()).toEqual(text.sort());
        expect(route.body?.safeParse(route.sample).error).toBeUndefined();
      },
    );

    it.each(latestOnly(spec.events).map((e) => [e.type, e] as const))(
      '%s: every free text is fed, every other string checked or an id',
      (_, event) => {
        const leaves = stringLeaves(event.schema);
        const plain = leaves.filter(
          (l) => l.kind === 'plain' && !spec.identifiers.includes(l.path.split('.').at(-1) ?? ''),
        );
        expect(plain.map((l) => l.path)).toEqual([]);
        const unfed = leaves.filter((l) => l.kind === 'text' && !fed.has(name({ event, path: l.path })));
        expect(unfed.map((l) => l.path)).toEqual([]);
      },
    );
  });

  // A service whose routes take no free text (only documents, days, codes) has no property to check.
  const carried = routes.some(([, r]) => Object.keys(r.text ?? {}).length > 0) || (spec.carries ?? []).length > 0;
  if (!carried) return;
  describe('whatever the edge accepts, the event accepts (fast-check)', () => {
    for (const [route, { body, sample, text = {} }] of routes) {
      for (const [path, targets] of Object.entries(text)) {
        const eventFields = targets.filter(isEventField);
        for (const target of eventFields.length > 0 ? eventFields : [null]) {
          it(
            `${route} ${path} → ${target === null ? 'storable' : name(target)}`,
            () => {
              const accept = (input: string) => (body as z.ZodType).safeParse(withValueAt(sample, path, input));
              checkCarry(accept, (out) => getAt(out, path), target, runs);
            },
            timeout,
          );
        }
      }
    }
    for (const { from, to } of spec.carries ?? []) {
      it(
        `${name(from)} → ${name(to)}`,
        () => {
          const source = leafAt(from.event.schema, from.path);
          expect(source?.kind, `${name(from)} must be a text() field`).toBe('text');
          const schema = source?.schema as z.ZodType;
          checkCarry(
            (input) => schema.safeParse(input),
            (out) => out,
            to,
            runs,
          );
        },
        timeout,
      );
    }
  });
}
