import { z } from 'zod';

/**
 * HMAC-SHA256 hex digest of the normalised ID document (docs/architecture.md "Identity and personal
 * data"). Apart from its derivation (worker-id.ts, which needs Node's crypto), so a browser form can
 * check the schemas that name a worker.
 */
export const WorkerIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'workerId must be 64 lowercase hex characters (HMAC-SHA256 of the ID document)');
export type WorkerId = z.infer<typeof WorkerIdSchema>;
