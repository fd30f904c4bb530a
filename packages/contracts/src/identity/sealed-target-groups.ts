import { z } from 'zod';

/**
 * A trainee's target groups (docs/domain.md §7.2) as they travel in events: AES-256-GCM under the
 * worker's data key like a sealed name, so erasing the key erases them too. Form:
 * `g1.<keyId>.<iv>.<tag>.<ciphertext>`, the last three base64url.
 */
export const SealedTargetGroupsSchema = z
  .string()
  .max(400)
  .regex(/^g1\.[0-9a-f-]{36}\.[\w-]{16}\.[\w-]{22}\.[\w-]{2,300}$/, 'target groups sealed under the worker key (g1.…)')
  .brand<'SealedTargetGroups'>();
export type SealedTargetGroups = z.output<typeof SealedTargetGroupsSchema>;
