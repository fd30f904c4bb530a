import { ExaminerRegistered, SupervisorRegistered } from './assessor-events.ts';
import { BodyRegistered, BodyRegisteredV1, BodyReinstated, BodySuspended } from './body-events.ts';
import { FilingWithdrawn, OccupationFiled } from './filing-events.ts';
import {
  CandidateFailed,
  CandidateFailedV1,
  CandidatePassed,
  CandidatePassedV1,
  PartScoreCorrected,
  PartScoreRecorded,
} from './outcome-events.ts';
import {
  CandidateEnrolled,
  CandidateEnrolledV1,
  SessionAmended,
  SessionClosed,
  SessionScheduled,
  SheetAccepted,
} from './session-events.ts';

/** Every event on tianfu.assessment.events, for the registry a consumer parses with. */
export const assessmentEvents = [
  BodyRegisteredV1,
  BodyRegistered,
  BodySuspended,
  BodyReinstated,
  OccupationFiled,
  FilingWithdrawn,
  ExaminerRegistered,
  SupervisorRegistered,
  SessionScheduled,
  SessionAmended,
  CandidateEnrolledV1,
  CandidateEnrolled,
  PartScoreRecorded,
  PartScoreCorrected,
  CandidatePassedV1,
  CandidatePassed,
  CandidateFailedV1,
  CandidateFailed,
  SessionClosed,
  SheetAccepted,
] as const;
