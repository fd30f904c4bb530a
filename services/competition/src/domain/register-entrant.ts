import type { EntrantRegisteredData, EntrantTrack } from '@tianfu/contracts';
import { competitionError } from './competition-errors.ts';
import {
  type CompetitionEmitted,
  type CompetitionState,
  type ContestEventState,
  contestEventOf,
  existingCompetition,
} from './competition-state.ts';

export interface RegisterEntrant {
  readonly type: 'RegisterEntrant';
  /** `track` null: the contest event's. */
  readonly data: Omit<EntrantRegisteredData, 'track'> & { readonly track: EntrantTrack | null };
}

/** Team entries name their team; a team has at most the contest event's team size. */
function checkTeam(contestEvent: ContestEventState, teamId: string | null): void {
  const isTeamEvent = contestEvent.teamSize > 1;
  if (isTeamEvent !== (teamId !== null)) {
    const expected = isTeamEvent ? `teams of ${contestEvent.teamSize}: name the teamId` : 'individual: no teamId';
    throw competitionError('ENTRANT_TEAM_MISMATCH', `contest event ${contestEvent.contestEventId} is ${expected}`, {
      field: 'teamId',
    });
  }
  const members = [...contestEvent.entrants.values()].filter((e) => e.teamId !== null && e.teamId === teamId);
  if (members.length >= contestEvent.teamSize) {
    throw competitionError('TEAM_FULL', `team ${teamId} already has ${contestEvent.teamSize} members`, {
      field: 'teamId',
    });
  }
}

export function decideEntrant(command: RegisterEntrant, state: CompetitionState): readonly CompetitionEmitted[] {
  const { data } = command;
  const competition = existingCompetition(state, data.competitionId);
  const contestEvent = contestEventOf(competition, data.contestEventId);
  if (contestEvent.results !== null) {
    throw competitionError('ENTRIES_CLOSED', `results of ${data.contestEventId} are published: entries are closed`);
  }
  const everyone = [...competition.contestEvents.values()].flatMap((e) => [...e.entrants.values()]);
  const clash = everyone.find(
    (e) => e.entrantId === data.entrantId || (e.contestEventId === data.contestEventId && e.workerId === data.workerId),
  );
  if (clash !== undefined) {
    const which = clash.entrantId === data.entrantId ? `entrant ${data.entrantId}` : 'this worker';
    throw competitionError('ENTRANT_ALREADY_REGISTERED', `${which} is already entered`, {
      entrantId: clash.entrantId,
    });
  }
  const track = data.track ?? contestEvent.track;
  if (track !== contestEvent.track) {
    throw competitionError(
      'ENTRANT_TRACK_MISMATCH',
      `contest event ${data.contestEventId} is for the ${contestEvent.track} track`,
      { field: 'track' },
    );
  }
  checkTeam(contestEvent, data.teamId);
  return [
    {
      type: 'competition.EntrantRegistered',
      data: { ...data, track },
      workerId: data.workerId,
      occurredAt: data.registeredAt,
    },
  ];
}
