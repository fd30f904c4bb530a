import { z } from 'zod';
import { BodyFilingNoSchema } from '../../values/certificate-number/index.ts';
import { withAddedFields } from '../added-fields.ts';
import { defineEvent } from '../event-definition.ts';
import {
  AssessmentPartSchema,
  addsHolderName,
  bodyId,
  bodyName,
  CertifiedLevelSchema,
  calendarDate,
  instant,
  occupationCode,
  PartScoreSchema,
  PartScoresSchema,
  reason,
  sessionId,
  workerId,
  workType,
} from './fields.ts';

const candidate = { sessionId, candidateId: z.string().min(1).max(20), workerId };

/** One part's mark, recorded once (docs/domain.md §2.2: parts arrive as separate facts). */
export const PartScoreRecorded = defineEvent({
  type: 'assessment.PartScoreRecorded',
  schemaVersion: 1,
  schema: z.object({ ...candidate, part: AssessmentPartSchema, score: PartScoreSchema, recordedAt: instant }),
});
export type PartScoreRecordedData = z.output<typeof PartScoreRecorded.schema>;

/** A mark changed, with its reason: before close by the body, after close only by the authority. */
export const PartScoreCorrected = defineEvent({
  type: 'assessment.PartScoreCorrected',
  schemaVersion: 1,
  schema: z.object({
    ...candidate,
    part: AssessmentPartSchema,
    previousScore: PartScoreSchema,
    score: PartScoreSchema,
    reason,
    byAuthority: z.boolean(),
    correctedAt: instant,
  }),
});
export type PartScoreCorrectedData = z.output<typeof PartScoreCorrected.schema>;

/**
 * What an outcome carries: all a certificate needs (docs/domain.md §3.1) without personal data in clear.
 * `supersedes` is true when a correction turned an earlier outcome around.
 */
const outcome = {
  ...candidate,
  bodyId,
  filingNo: BodyFilingNoSchema,
  bodyName,
  occupationCode,
  workType,
  level: CertifiedLevelSchema,
  sessionDate: calendarDate,
  scores: PartScoresSchema,
  decidedAt: instant,
  supersedes: z.boolean(),
};

const passedV1 = z.object(outcome);
const failedV1 = z.object({
  ...outcome,
  failedParts: z.array(AssessmentPartSchema).max(3),
  missingParts: z.array(AssessmentPartSchema).max(3),
});

/** Version 1 carried no name. */
export const CandidatePassedV1 = defineEvent({
  type: 'assessment.CandidatePassed',
  schemaVersion: 1,
  schema: passedV1,
});

/** Every required part ≥ 60 (docs/domain.md §2.2). Kafka key: workerId. */
export const CandidatePassed = withAddedFields(CandidatePassedV1, 2, addsHolderName);
export type CandidatePassedData = z.output<typeof CandidatePassed.schema>;

/** Version 1 carried no name. */
export const CandidateFailedV1 = defineEvent({
  type: 'assessment.CandidateFailed',
  schemaVersion: 1,
  schema: failedV1,
});

/** A required part below 60, or missing when the session closed. Kafka key: workerId. */
export const CandidateFailed = withAddedFields(CandidateFailedV1, 2, addsHolderName);
export type CandidateFailedData = z.output<typeof CandidateFailed.schema>;
