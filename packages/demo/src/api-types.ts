import type { RequestBody, ResponseBody } from '@tianfu/api-client';

// What the demo sends and reads, as the services' OpenAPI documents (docs/openapi/) declare them.

export type NewBody = RequestBody<'assessment', '/v1/bodies', 'post'>;
export type BodyCategory = NonNullable<NewBody['category']>;
export type NewExaminer = RequestBody<'assessment', '/v1/examiners', 'post'>;
export type NewSupervisor = RequestBody<'assessment', '/v1/supervisors', 'post'>;
export type SessionPlan = RequestBody<'assessment', '/v1/sessions', 'post'>;
export type CertifiedLevel = SessionPlan['level'];
type Enrolment = RequestBody<'assessment', '/v1/sessions/{sessionId}/candidates', 'post'>;
export type IdDocument = Enrolment['document'];
export type Background = Enrolment['background'];
export type PartScores = RequestBody<'assessment', '/v1/sessions/{sessionId}/candidates/{candidateId}/scores', 'put'>;

export type CertificateView = ResponseBody<'certification', '/v1/certificates/{certificateNo}', 'get'>;

export type NewCompetition = RequestBody<'competition', '/v1/competitions', 'post'>;
export type CompetitionTier = NewCompetition['tier'];
export type Entrant = RequestBody<'competition', '/v1/competitions/{competitionId}/entrants', 'post'>;
export type ContestResult = RequestBody<
  'competition',
  '/v1/competitions/{competitionId}/results',
  'post'
>['results'][number];
export type ContestEventView = ResponseBody<'competition', '/v1/competitions/{competitionId}/confirm', 'post'>;

export type HonourGrant = RequestBody<'talentRegistry', '/v1/honours/grants', 'post'>;
export type Person = Pick<HonourGrant, 'document' | 'name'>;
export type NewBase = RequestBody<'talentRegistry', '/v1/bases', 'post'>;
type Employer = NonNullable<RequestBody<'talentRegistry', '/v1/appointments', 'post'>['employer']>;
/** An appointment by an enterprise (the demo's are all by one), which the employer token of that enterprise sends. */
export type Appointment = RequestBody<'talentRegistry', '/v1/appointments', 'post'> & { readonly employer: Employer };

export type NewProvider = RequestBody<'training', '/v1/providers', 'post'>;
export type ProviderGrading = RequestBody<'training', '/v1/providers/{providerId}/grades', 'post'>;
export type NewClass = RequestBody<'training', '/v1/providers/{providerId}/classes', 'post'>;
export type PastClass = RequestBody<'training', '/v1/providers/{providerId}/past-classes', 'post'>;
export type Apprenticeship = RequestBody<'training', '/v1/apprenticeships', 'post'>;
export type TrainingItem = NewProvider['items'][number];

export type InsuranceReceipt = ResponseBody<'subsidy', '/v1/insurance.csv', 'post'>;
export type ClaimView = ResponseBody<'subsidy', '/v1/claims', 'post'>;
export type ClaimReview = RequestBody<'subsidy', '/v1/workers/{workerId}/claims/{claimId}/review', 'post'>;
