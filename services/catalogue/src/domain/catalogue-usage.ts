import type { OccupationCode } from '@tianfu/contracts';
import { catalogueError } from './catalogue-errors.ts';

/**
 * What the catalogue keeps of the assessment topic, one fact per event: a body's filing (备案) of an
 * occupation and its withdrawal, a session scheduled and closed. Facts of one body's filings come
 * from its one stream, so their `revision` orders them.
 */
export type UsageFact =
  | {
      readonly kind: 'filed';
      readonly bodyId: string;
      readonly occupationCode: string;
      readonly standardVersion: string;
      readonly revision: number;
    }
  | { readonly kind: 'withdrawn'; readonly bodyId: string; readonly occupationCode: string; readonly revision: number }
  | {
      readonly kind: 'scheduled';
      readonly sessionId: string;
      readonly occupationCode: string;
      readonly standardVersion: string;
    }
  | { readonly kind: 'closed'; readonly sessionId: string };

/** An occupation, or one standard version of it. */
export interface UsageRef {
  readonly occupationCode: OccupationCode;
  readonly version?: string;
}

/** The open sessions (by id) and the standing filings (by body id) that use an entry, each sorted. */
export interface CatalogueUsage {
  readonly sessions: readonly string[];
  readonly filings: readonly string[];
}

/** How many ids of each a refusal names; the counts are always whole. */
export const NAMED_AT_MOST = 20;

const uses = (ref: UsageRef, fact: { occupationCode: string; standardVersion: string }) =>
  fact.occupationCode === ref.occupationCode && (ref.version === undefined || fact.standardVersion === ref.version);

/** The latest filing fact per body for the occupation: filing again replaces the version, a withdrawal ends it. */
function standingFilings(facts: readonly UsageFact[], ref: UsageRef): string[] {
  const latest = new Map<string, Extract<UsageFact, { kind: 'filed' | 'withdrawn' }>>();
  for (const fact of facts) {
    if ((fact.kind !== 'filed' && fact.kind !== 'withdrawn') || fact.occupationCode !== ref.occupationCode) continue;
    const held = latest.get(fact.bodyId);
    if (held === undefined || fact.revision > held.revision) latest.set(fact.bodyId, fact);
  }
  return [...latest.values()].flatMap((f) => (f.kind === 'filed' && uses(ref, f) ? [f.bodyId] : []));
}

/** What of the facts still uses `ref`: sessions scheduled and not closed, filings not withdrawn. */
export function usageOf(facts: readonly UsageFact[], ref: UsageRef): CatalogueUsage {
  const closed = new Set(facts.flatMap((f) => (f.kind === 'closed' ? [f.sessionId] : [])));
  const sessions = facts.flatMap((f) =>
    f.kind === 'scheduled' && uses(ref, f) && !closed.has(f.sessionId) ? [f.sessionId] : [],
  );
  return { sessions: [...new Set(sessions)].sort(), filings: standingFilings(facts, ref).sort() };
}

const named = (ids: readonly string[]) => ({ count: ids.length, ids: ids.slice(0, NAMED_AT_MOST) });

/**
 * Refuses retiring what open sessions or standing filings still use (409 ENTRY_IN_USE), naming
 * them: a session's id, a filing's body id, at most NAMED_AT_MOST of each beside the whole count.
 */
export function refuseWhileUsed(what: string, field: string, usage: CatalogueUsage): void {
  const { sessions, filings } = usage;
  if (sessions.length === 0 && filings.length === 0) return;
  const message =
    `${what} is used by ${sessions.length} open session(s) and ${filings.length} filing(s); ` +
    'retire it once the sessions are closed and the filings withdrawn (superseding it stays allowed)';
  throw catalogueError('ENTRY_IN_USE', message, {
    errors: [{ field, rule: 'entry_in_use', message }],
    sessions: named(sessions),
    filings: named(filings),
  });
}
