import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

/** What the user's sign-in at the provider grants: the claims of the access token it will mint. */
interface Grant {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly nonce: string;
  readonly claims: JWTPayload;
}

const readForm = async (request: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

/**
 * A small OpenID provider over real HTTP: discovery, JWKS (one RS256 key) and a token endpoint that
 * exchanges a code once, for its client, redirect URI and PKCE verifier. `authorize` stands in for
 * the user signing in at the provider: it answers the callback query the browser would bring back.
 */
export async function startOidcProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const grants = new Map<string, Grant>();
  const sign = (claims: JWTPayload, audience: string) => {
    const iat = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: issuer, aud: audience, iat, exp: iat + 600, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .sign(privateKey);
  };
  const token = async (form: URLSearchParams) => {
    const grant = grants.get(form.get('code') ?? '');
    grants.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (
      grant === undefined ||
      form.get('grant_type') !== 'authorization_code' ||
      form.get('client_id') !== grant.clientId ||
      form.get('redirect_uri') !== grant.redirectUri ||
      s256(verifier) !== grant.codeChallenge
    )
      return { status: 400, body: { error: 'invalid_grant' } };
    const { sub } = grant.claims;
    const body = {
      token_type: 'Bearer',
      expires_in: 600,
      access_token: await sign(grant.claims, 'tianfu'),
      id_token: await sign({ sub, nonce: grant.nonce }, grant.clientId),
    };
    return { status: 200, body };
  };
  const server = createServer(async (request, response) => {
    const path = request.url ?? '/';
    const answer =
      path === '/.well-known/openid-configuration'
        ? {
            status: 200,
            body: {
              issuer,
              authorization_endpoint: `${issuer}/authorize`,
              token_endpoint: `${issuer}/token`,
              jwks_uri: `${issuer}/keys`,
              response_types_supported: ['code'],
              id_token_signing_alg_values_supported: ['RS256'],
              code_challenge_methods_supported: ['S256'],
            },
          }
        : path === '/keys'
          ? { status: 200, body: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] } }
          : path === '/token' && request.method === 'POST'
            ? await token(await readForm(request))
            : { status: 404, body: {} };
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    /** The user signs in at the provider, which sends the browser back with a code for these claims. */
    authorize(authorization: URL, claims: JWTPayload): string {
      const param = (name: string) => authorization.searchParams.get(name) ?? '';
      const code = randomUUID();
      grants.set(code, {
        clientId: param('client_id'),
        redirectUri: param('redirect_uri'),
        codeChallenge: param('code_challenge'),
        nonce: param('nonce'),
        claims,
      });
      return `?${new URLSearchParams({ code, state: param('state'), iss: issuer })}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
