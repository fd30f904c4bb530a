import { domainError } from '@tianfu/decider';

/** Why the key ring refuses; stable codes, so callers and routes can tell them apart. */
export type CredentialErrorCode = 'SIGNING_KEY_KID_TAKEN';

export const credentialError = (code: CredentialErrorCode, detail: string, details?: Record<string, unknown>) =>
  domainError<CredentialErrorCode>(code, detail, details);
