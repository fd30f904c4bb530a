import { z } from 'zod';

/** The case (查处) that decided an action — a clawback, a revocation — as supervision names it. */
export const CaseRefSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'a case reference is letters, digits and -');
