import {
  calculatePKCECodeChallenge,
  generateRandomCodeVerifier,
  generateRandomNonce,
  generateRandomState,
} from 'oauth4webapi';
import { authorizationUrl, type OidcProvider, type PendingSignIn } from './oidc-request.ts';

const PENDING_KEY = 'tianfu.oidc.pending';

/** Leaves for the provider with a fresh verifier, state and nonce kept in this tab only. */
export async function startOidcSignIn(provider: OidcProvider, returnTo: string): Promise<void> {
  const pending: PendingSignIn = {
    state: generateRandomState(),
    nonce: generateRandomNonce(),
    codeVerifier: generateRandomCodeVerifier(),
    returnTo,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const codeChallenge = await calculatePKCECodeChallenge(pending.codeVerifier);
  location.assign(authorizationUrl(provider, { ...pending, codeChallenge }).href);
}

/** The sign-in this tab started, taken once: a second callback with the same code finds none. */
export function takePendingSignIn(): PendingSignIn | null {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (stored === null) return null;
  try {
    return JSON.parse(stored) as PendingSignIn;
  } catch {
    return null;
  }
}
