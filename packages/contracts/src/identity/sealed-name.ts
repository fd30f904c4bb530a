import { z } from 'zod';

/**
 * A worker's name as it travels in events: AES-256-GCM under that worker's data key (the shared
 * `identity.worker_keys`), never in clear. Erasing the key makes every copy unreadable, in Kafka
 * and in every read model (crypto-shredding, docs/architecture.md "Identity and personal data").
 * Form: `n1.<keyId>.<iv>.<tag>.<ciphertext>`, the last three base64url.
 */
export const SealedNameSchema = z
  .string()
  .max(400)
  .regex(/^n1\.[0-9a-f-]{36}\.[\w-]{16}\.[\w-]{22}\.[\w-]{2,300}$/, 'a name sealed under the worker key (n1.…)')
  .brand<'SealedName'>();
export type SealedName = z.output<typeof SealedNameSchema>;
