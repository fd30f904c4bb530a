import type { ApiProblem } from '../../api/clients.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import type { appointmentsMessages } from './appointments-messages.ts';

type Texts = (typeof appointmentsMessages)['zh'];

/** The form field each of talent-registry's refusals concerns, and the text that explains its rule. */
const refusals: Readonly<Record<string, readonly [field: string, text: (t: Texts, post: string) => string]>> = {
  APPOINTMENT_PREREQUISITE_UNMET: ['post', (t, post) => (post === 'chief-technician' ? t.chiefRule : t.principalRule)],
  APPOINTMENT_OVERRIDE_NOT_ALLOWED: ['overrideReason', (t) => t.overrideNotAllowed],
  APPOINTMENT_TERM_INVALID: ['termEnd', (t) => t.termInvalid],
  APPOINTMENT_EXISTS: ['appointmentId', (t) => t.exists],
  APPOINTING_BODY_NOT_EMPLOYER: ['employer.bodyId', (t) => t.notEmployer],
  APPOINTMENT_OTHER_ENTERPRISE: ['employer.bodyId', (t) => t.otherEnterprise],
  EMPLOYER_NOT_NAMED: ['employer.bodyId', (t) => t.pickEnterprise],
  BODY_NOT_REGISTERED: ['employer.bodyId', (t) => t.notRegistered],
  BODY_SUSPENDED: ['employer.bodyId', (t) => t.suspended],
  BODY_MISMATCH: ['employer.bodyId', (t) => t.mismatch],
};

/**
 * The fields an appointment's refusal names, by the request's own paths (`document.idNumber`,
 * `employer.bodyId`): a 400 lists them itself; a rule the registry refused is put at the field
 * it concerns, explained in the page's language.
 */
export function appointRefusal(problem: ApiProblem, post: string, t: Texts): Record<string, string> {
  const refusal = refusals[problem.code];
  if (refusal === undefined) return problemFieldErrors(problem);
  const [field, text] = refusal;
  return { ...problemFieldErrors(problem), [field]: text(t, post) };
}

/** Whether the refusal is one the talent office may answer with an override and its reason. */
export const mayBeOverridden = (problem: unknown): boolean =>
  (problem as Partial<ApiProblem> | null)?.code === 'APPOINTMENT_PREREQUISITE_UNMET';
