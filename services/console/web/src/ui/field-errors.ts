import type { z } from 'zod';
import type { ApiProblem } from '../api/clients.ts';

/** Field → the first rule it breaks, from a zod check in the form (the same schema the API uses). */
export const zodFieldErrors = (error: z.ZodError): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
};

/**
 * Field → the rule the API refused it for; the API names fields with the request part first
 * (`body.name`), the form without it.
 */
export const problemFieldErrors = (problem: ApiProblem): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const { field, message } of problem.errors)
    errors[field.replace(/^(body|querystring|query|params)\./, '')] ??= message;
  return errors;
};
