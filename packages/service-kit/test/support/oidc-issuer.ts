import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';
import type { IssuerAlgorithm } from '../../src/index.ts';

type Key = Awaited<ReturnType<typeof generateKeyPair>> & { readonly kid: string; readonly alg: IssuerAlgorithm };

export interface TokenShape {
  readonly alg?: IssuerAlgorithm;
  /** The kid in the header; the current key's by default. */
  readonly kid?: string;
  /** Signs with this key instead of a published one. */
  readonly key?: Key;
  readonly claims?: JWTPayload;
}

export const newKey = async (alg: IssuerAlgorithm): Promise<Key> => ({
  ...(await generateKeyPair(alg, { extractable: true })),
  kid: randomUUID(),
  alg,
});

/**
 * A local OIDC issuer over real HTTP: its discovery document and its JWKS, with one RS256 and one
 * ES256 key to start with; `rotate` publishes a new key. `fetches` counts the requests per path.
 */
export async function startIssuer() {
  const keys: Key[] = [await newKey('RS256'), await newKey('ES256')];
  const fetches: Record<string, number> = {};
  const server = createServer(async (request, response) => {
    const path = request.url ?? '/';
    fetches[path] = (fetches[path] ?? 0) + 1;
    const body =
      path === '/.well-known/openid-configuration'
        ? { issuer, jwks_uri: `${issuer}/keys` }
        : path === '/keys'
          ? { keys: await Promise.all(keys.map(publicJwk)) }
          : undefined;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const current = (alg: IssuerAlgorithm): Key => keys.findLast((key) => key.alg === alg) as Key;

  return {
    issuer,
    fetches,
    async rotate(alg: IssuerAlgorithm): Promise<Key> {
      const key = await newKey(alg);
      keys.push(key);
      return key;
    },
    /** A token as the issuer would mint it for the audience `tianfu`, valid for an hour; `claims` override. */
    sign({ alg = 'RS256', key = current(alg), kid = key.kid, claims = {} }: TokenShape = {}): Promise<string> {
      const iat = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: issuer, aud: 'tianfu', iat, exp: iat + 3600, ...claims })
        .setProtectedHeader({ alg: key.alg, kid, typ: 'JWT' })
        .sign(key.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function publicJwk(key: Key): Promise<JWK> {
  return { ...(await exportJWK(key.publicKey)), kid: key.kid, alg: key.alg, use: 'sig' };
}
