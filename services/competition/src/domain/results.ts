import type { ContestResult } from '@tianfu/contracts';
import { competitionError } from './competition-errors.ts';
import {
  type CompetitionEmitted,
  type CompetitionState,
  type ContestEventState,
  contestEventOf,
  type Entrant,
  existingCompetition,
} from './competition-state.ts';
import { repeated } from './repeated.ts';

export type ResultEntry = ContestResult & { readonly entrantId: string };

export interface PublishResults {
  readonly type: 'PublishResults';
  readonly data: {
    readonly competitionId: string;
    readonly contestEventId: string;
    readonly results: readonly ResultEntry[];
    readonly publishedAt: string;
  };
}

export interface CorrectResult {
  readonly type: 'CorrectResult';
  readonly data: {
    readonly competitionId: string;
    readonly contestEventId: string;
    readonly entrantId: string;
    readonly corrected: ContestResult;
    readonly reason: string;
    readonly correctedBy: string;
    readonly correctedAt: string;
  };
}

const sameResult = (a: ContestResult, b: ContestResult): boolean =>
  a.rank === b.rank && a.score === b.score && a.medal === b.medal && a.prize === b.prize;

/** Members of one team share the team's rank and medal: the rules read them per team (docs/domain.md §4.1). */
function checkTeams(contestEvent: ContestEventState, results: readonly ResultEntry[]): void {
  const byTeam = new Map<string, ContestResult>();
  for (const { entrantId, ...result } of results) {
    const teamId = contestEvent.entrants.get(entrantId)?.teamId ?? null;
    if (teamId === null) continue;
    const teammate = byTeam.get(teamId);
    if (teammate !== undefined && (teammate.rank !== result.rank || teammate.medal !== result.medal)) {
      throw competitionError('RESULT_TEAM_SPLIT', `members of team ${teamId} have different ranks or medals`, {
        teamId,
      });
    }
    byTeam.set(teamId, result);
  }
}

function open(contestEvent: ContestEventState): ReadonlyMap<string, ContestResult> {
  if (contestEvent.results === null) {
    throw competitionError('RESULTS_NOT_PUBLISHED', `results of ${contestEvent.contestEventId} are not published`);
  }
  if (contestEvent.confirmation !== null) {
    throw competitionError(
      'CONTEST_EVENT_CONFIRMED',
      `results of ${contestEvent.contestEventId} are confirmed (核准): final`,
    );
  }
  return contestEvent.results;
}

/** Results are published once per contest event; every row names one of its entrants once. */
export function decidePublish(command: PublishResults, state: CompetitionState): readonly CompetitionEmitted[] {
  const { competitionId, contestEventId, results, publishedAt } = command.data;
  const contestEvent = contestEventOf(existingCompetition(state, competitionId), contestEventId);
  if (contestEvent.results !== null) {
    throw competitionError('RESULTS_ALREADY_PUBLISHED', `results of ${contestEventId} are already published`);
  }
  const ids = results.map((r) => r.entrantId);
  const twice = repeated(ids);
  if (twice.length > 0) {
    throw competitionError('RESULT_DUPLICATE_ENTRANTS', 'each entrant has one result', { entrantIds: twice });
  }
  const unknown = ids.filter((id) => !contestEvent.entrants.has(id));
  if (unknown.length > 0) {
    throw competitionError('RESULT_UNKNOWN_ENTRANTS', `not entrants of ${contestEventId}: ${unknown.join(', ')}`, {
      entrantIds: unknown,
    });
  }
  checkTeams(contestEvent, results);
  const rows = results.map((r) => ({ ...r, workerId: (contestEvent.entrants.get(r.entrantId) as Entrant).workerId }));
  return [
    {
      type: 'competition.ResultsPublished',
      data: { competitionId, contestEventId, results: rows, publishedAt },
      occurredAt: publishedAt,
    },
  ];
}

/**
 * Before confirmation (核准) a result can be corrected, with a reason; in a team event the
 * correction is the team's, so every member's result changes. Repeating a correction changes nothing.
 */
export function decideCorrection(command: CorrectResult, state: CompetitionState): readonly CompetitionEmitted[] {
  const { data } = command;
  const contestEvent = contestEventOf(existingCompetition(state, data.competitionId), data.contestEventId);
  const results = open(contestEvent);
  const entrant = contestEvent.entrants.get(data.entrantId);
  if (entrant === undefined || !results.has(data.entrantId)) {
    throw competitionError('RESULT_NOT_FOUND', `no result of entrant ${data.entrantId} in ${data.contestEventId}`);
  }
  const team = [...contestEvent.entrants.values()].filter(
    (e) => e.entrantId === entrant.entrantId || (entrant.teamId !== null && e.teamId === entrant.teamId),
  );
  return team.flatMap(({ entrantId, workerId }): CompetitionEmitted[] => {
    const previous = results.get(entrantId);
    if (previous === undefined || sameResult(previous, data.corrected)) return [];
    return [
      {
        type: 'competition.ResultCorrected',
        data: { ...data, entrantId, workerId, previous },
        workerId,
        occurredAt: data.correctedAt,
      },
    ];
  });
}
