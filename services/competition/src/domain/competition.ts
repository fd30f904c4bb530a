import type { Decider } from '@tianfu/decider';
import {
  type CompetitionEmitted,
  type CompetitionEvent,
  type CompetitionState,
  evolveCompetition,
} from './competition-state.ts';
import { type ConfirmContestEvent, decideConfirmation } from './confirm-contest-event.ts';
import { decideRegistration, type RegisterCompetition } from './register-competition.ts';
import { decideEntrant, type RegisterEntrant } from './register-entrant.ts';
import { type CorrectResult, decideCorrection, decidePublish, type PublishResults } from './results.ts';

export type CompetitionCommand =
  | RegisterCompetition
  | RegisterEntrant
  | PublishResults
  | CorrectResult
  | ConfirmContestEvent;

function decide(command: CompetitionCommand, state: CompetitionState): readonly CompetitionEmitted[] {
  switch (command.type) {
    case 'RegisterCompetition':
      return decideRegistration(command, state);
    case 'RegisterEntrant':
      return decideEntrant(command, state);
    case 'PublishResults':
      return decidePublish(command, state);
    case 'CorrectResult':
      return decideCorrection(command, state);
    case 'ConfirmContestEvent':
      return decideConfirmation(command, state);
  }
}

/** One competition (docs/domain.md §4.1): its contest events, entrants, results and their confirmation. */
export const competitionDecider: Decider<CompetitionCommand, CompetitionState, CompetitionEvent> = {
  initialState: () => null,
  decide,
  evolve: evolveCompetition,
};
