import { isApiProblem } from '@tianfu/api-client';
import type { z } from 'zod';

/** Field → the first rule it breaks, from a zod check in the form (the same schema the API uses). */
export const zodFieldErrors = (error: z.ZodError): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
};

/**
 * Field → the rule the API refused it for; the API names fields with the request part first
 * (`body.name`), the form without it. Anything but an API problem (the network down) names none.
 */
export const problemFieldErrors = (problem: unknown): Record<string, string> => {
  const errors: Record<string, string> = {};
  if (!isApiProblem(problem)) return errors;
  for (const { field, message } of problem.errors)
    errors[field.replace(/^(body|querystring|query|params)\./, '')] ??= message;
  return errors;
};
