import { createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet, jwtVerify, SignJWT } from 'jose';
import type { CredentialFailureCode, SignCredential, VerifyCredential } from '../domain/credential/credential-ports.ts';
import { activeSigningKey, type KeyRing, SIGNING_ALG } from './signing-keys.ts';

/** Media type of a VC secured as a JWT (W3C VC-JOSE-COSE). */
export const CREDENTIAL_TYP = 'vc+jwt';

/** A compact JWS signed with the ring's newest active key: a certificate or a status list credential. */
export const signCredential: SignCredential<KeyRing> = async (ring, credential) => {
  const key = activeSigningKey(ring);
  return new SignJWT({ ...credential })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: CREDENTIAL_TYP })
    .sign(key.privateKey);
};

const failureByJoseCode: Readonly<Record<string, CredentialFailureCode>> = {
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'CREDENTIAL_BAD_SIGNATURE',
  ERR_JWKS_NO_MATCHING_KEY: 'CREDENTIAL_UNKNOWN_KID',
};

export const verifyCredential: VerifyCredential<JSONWebKeySet> = async <T>(token: string, keySet: JSONWebKeySet) => {
  try {
    const { kid } = decodeProtectedHeader(token);
    // Without a kid, a ring of several keys would leave the key to guesswork.
    if (kid === undefined) return { ok: false, code: 'CREDENTIAL_MALFORMED' };
    const { payload } = await jwtVerify(token, createLocalJWKSet(keySet), {
      algorithms: [SIGNING_ALG],
      typ: CREDENTIAL_TYP,
    });
    return { ok: true, kid, credential: payload as T };
  } catch (error) {
    const joseCode = (error as { code?: unknown }).code;
    const code = typeof joseCode === 'string' ? failureByJoseCode[joseCode] : undefined;
    return { ok: false, code: code ?? 'CREDENTIAL_MALFORMED' };
  }
};
