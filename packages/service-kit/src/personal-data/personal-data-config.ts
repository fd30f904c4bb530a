import { minPlatformKeyBytes } from '@tianfu/contracts';
import { z } from 'zod';

/** For local runs and tests only: loadConfig refuses it when NODE_ENV=production. */
export const DEV_WORKER_ID_KEY = 'tianfu-skills-local-worker-id-key-do-not-deploy';

/** Base64 of 32 public bytes, for local runs and tests only: loadConfig refuses it when NODE_ENV=production. */
export const DEV_PERSONAL_DATA_KEY = 'dGlhbmZ1LXNraWxscy1sb2NhbC1kZXYta2VrLW9ubHk=';

/** Canonical base64 of exactly 32 bytes: 43 characters and one `=`. */
export const isMasterKeyText = (value: string): boolean => /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(value);

/** The keys of the personal-data vault; a service adds them with `baseConfigSchema.extend(personalDataConfigSchema.shape)`. */
export const personalDataConfigSchema = z.object({
  /** The platform HMAC key of deriveWorkerId: the same in every service, or workerIds stop matching. */
  WORKER_ID_KEY: z
    .string()
    .min(minPlatformKeyBytes, `at least ${minPlatformKeyBytes} characters`)
    .default(DEV_WORKER_ID_KEY),
  /** The master key-encryption key that wraps every worker's data key. */
  PERSONAL_DATA_KEY: z
    .string()
    .refine(isMasterKeyText, 'base64 of 32 random bytes (openssl rand -base64 32)')
    .default(DEV_PERSONAL_DATA_KEY),
});

export type PersonalDataConfig = z.output<typeof personalDataConfigSchema>;
