import type { Decider } from '@tianfu/decider';
import {
  type CorrectAttendance,
  decideCorrection,
  decideSignIn,
  decideVoid,
  type SignIn,
  type VoidAttendance,
} from './attendance.ts';
import { type CompleteClass, decideCompletion } from './completion.ts';
import { decideEnrolment, type EnrolTrainees } from './enrolment.ts';
import { decidePastRoster, type RecordPastRoster } from './past-roster.ts';
import { emptyRoster, evolveRoster, type Roster, type RosterEvent } from './roster-state.ts';

export type RosterCommand =
  | EnrolTrainees
  | SignIn
  | CorrectAttendance
  | VoidAttendance
  | CompleteClass
  | RecordPastRoster;

/**
 * A class's roster (实名制 enrolment, attendance, completion; docs/domain.md §7.2, §7.4, §7.5), one
 * stream per class; a late-filed class's is recorded whole (§7.1).
 */
export const classRoster: Decider<RosterCommand, Roster, RosterEvent> = {
  initialState: emptyRoster,
  evolve: evolveRoster,
  decide: (command, roster) => {
    switch (command.type) {
      case 'EnrolTrainees':
        return decideEnrolment(command, roster);
      case 'SignIn':
        return decideSignIn(command, roster);
      case 'CorrectAttendance':
        return decideCorrection(command, roster);
      case 'VoidAttendance':
        return decideVoid(command, roster);
      case 'CompleteClass':
        return decideCompletion(command, roster);
      case 'RecordPastRoster':
        return decidePastRoster(command, roster);
    }
  },
};
