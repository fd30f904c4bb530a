import { type ContestResult, chinaDate } from '@tianfu/contracts';
import { awardEvents } from './award-events.ts';
import { competitionError } from './competition-errors.ts';
import {
  type Competition,
  type CompetitionEmitted,
  type CompetitionState,
  type ContestEventState,
  contestEventOf,
  type Entrant,
  existingCompetition,
  honourKey,
} from './competition-state.ts';
import { type Awards, awardsOf, type HonourDecision, type Standing } from './promotion-rules/awards.ts';
import { ruleSet } from './promotion-rules/rule-sets.ts';

export interface ConfirmContestEvent {
  readonly type: 'ConfirmContestEvent';
  readonly data: {
    readonly competitionId: string;
    readonly contestEventId: string;
    readonly confirmedAt: string;
    /** The day (China) of the 核准 in the world: what the certificates and titles are dated. */
    readonly confirmedOn: string;
    /**
     * Entrants whose promotion the one-per-year cap refused: the application claims each
     * worker's year with an insert against a unique key before deciding (docs/architecture.md).
     */
    readonly capRefused: readonly string[];
  };
}

const standingsOf = (contestEvent: ContestEventState, results: ReadonlyMap<string, ContestResult>): Standing[] =>
  [...results].map(([entrantId, result]) => {
    const { workerId, track, heldLevel } = contestEvent.entrants.get(entrantId) as Entrant;
    return { entrantId, workerId, track, heldLevel, result };
  });

const nothing: Awards = { promotions: [], honours: [] };

/**
 * What confirming a contest event would award under the competition's rule set, before the cap;
 * nothing when its results are not published or it is already confirmed.
 */
export function pendingAwards(competition: Competition, contestEventId: string): Awards {
  const contestEvent = contestEventOf(competition, contestEventId);
  if (contestEvent.results === null || contestEvent.confirmation !== null) return nothing;
  return awardsOf(ruleSet(competition.ruleSetId), contestEvent, standingsOf(contestEvent, contestEvent.results));
}

/** A worker earns each honour once per competition (once per round), whichever contest event earns it first. */
function notYetEarned(competition: Competition, honours: readonly HonourDecision[]): HonourDecision[] {
  const earned = new Set(competition.honoured);
  return honours.filter((h) => {
    const key = honourKey(h.workerId, h.honour);
    if (earned.has(key)) return false;
    earned.add(key);
    return true;
  });
}

/**
 * A confirmation happens in the competition's year or after it, and not later than the day it is
 * recorded: a day outside that would date certificates before the contest or in the future.
 */
function checkConfirmationDay(competition: Competition, confirmedOn: string, confirmedAt: string): void {
  const today = chinaDate(confirmedAt);
  if (confirmedOn < `${competition.year}-01-01` || confirmedOn > today) {
    throw competitionError(
      'CONFIRMATION_DATE_IMPLAUSIBLE',
      `confirmedOn ${confirmedOn} must lie between the start of the competition year ${competition.year} and today (${today})`,
      { field: 'confirmedOn', rule: 'confirmation_date_range' },
    );
  }
}

/**
 * 核准: final results, one PromotionAwarded per promoted entrant (unless the cap refused it) and a
 * HonourEarned per title not yet earned in this competition. Confirming again emits nothing.
 */
export function decideConfirmation(
  command: ConfirmContestEvent,
  state: CompetitionState,
): readonly CompetitionEmitted[] {
  const { competitionId, contestEventId, confirmedAt, confirmedOn, capRefused } = command.data;
  const competition = existingCompetition(state, competitionId);
  checkConfirmationDay(competition, confirmedOn, confirmedAt);
  const contestEvent = contestEventOf(competition, contestEventId);
  if (contestEvent.confirmation !== null) return [];
  if (contestEvent.results === null) {
    throw competitionError('RESULTS_NOT_PUBLISHED', `results of ${contestEventId} are not published`);
  }
  const awards = pendingAwards(competition, contestEventId);
  const refused = new Set(capRefused);
  const promotions = awards.promotions.filter((p) => !refused.has(p.entrantId));
  const capped = awards.promotions
    .filter((p) => refused.has(p.entrantId))
    .map(({ entrantId, workerId, ruleId }) => ({ entrantId, workerId, ruleId }));
  const honours = notYetEarned(competition, awards.honours);
  const counts = { promotions: promotions.length, honours: honours.length };
  return [
    {
      type: 'competition.ContestEventConfirmed',
      data: { competitionId, contestEventId, ...counts, capped, confirmedAt },
      occurredAt: confirmedAt,
    },
    ...awardEvents(competition, contestEvent, { confirmedAt, confirmedOn }, { promotions, honours }),
  ];
}
