import { z } from 'zod';
import { isMasterKeyText } from '../personal-data/personal-data-config.ts';

/** Base64 of 32 public bytes, for local runs and tests only: loadConfig refuses it when NODE_ENV=production. */
export const DEV_SIGNING_KEY_WRAP_KEY = 'dGlhbmZ1LXNraWxscy1kZXYtc2lnbmluZy13cmFwISE=';

/** A service that keeps private signing keys in its database stores them sealed under this key. */
export const signingKeyConfigSchema = z.object({
  SIGNING_KEY_WRAP_KEY: z
    .string()
    .refine(isMasterKeyText, 'base64 of 32 random bytes (openssl rand -base64 32)')
    .default(DEV_SIGNING_KEY_WRAP_KEY),
});

export type SigningKeyConfig = z.output<typeof signingKeyConfigSchema>;
