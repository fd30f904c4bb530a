import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SigningKeys } from '../application/signing-key-store.ts';
import type { StatusLists } from '../application/status-lists.ts';

export interface KeyRoutesOptions {
  readonly keys: SigningKeys;
  readonly lists: StatusLists;
}

const StatusListParamsSchema = z.object({
  listId: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a status list id'),
  purpose: z.enum(['revocation', 'suspension']),
});

/** The public half of each Ed25519 key of the ring, retired ones too: they still verify what they signed. */
const KeySetSchema = z.object({
  keys: z.array(
    z.object({
      kty: z.literal('OKP'),
      crv: z.literal('Ed25519'),
      x: z.string(),
      kid: z.string(),
      alg: z.literal('EdDSA'),
      use: z.literal('sig'),
    }),
  ),
});

/** What an offline verifier needs: the public keys and the status lists, both public and cacheable. */
const keyRoutes: FastifyPluginAsyncZod<KeyRoutesOptions> = async (app, { keys, lists }) => {
  // Public to every origin (CORS), like verification.
  const config = { publicCors: true };
  app.get(
    '/.well-known/jwks.json',
    {
      config,
      schema: {
        operationId: 'getSigningKeys',
        summary: 'Read the public keys that sign credentials (JWKS)',
        tags: ['keys-and-status'],
        response: { 200: KeySetSchema },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(keys.jwks()),
  );

  // A BitstringStatusListCredential secured as a JWT (W3C VC-JOSE-COSE).
  app.get(
    '/v1/status-lists/:listId/:purpose',
    {
      schema: {
        operationId: 'getStatusList',
        summary: 'Read a status list credential',
        tags: ['keys-and-status'],
        params: StatusListParamsSchema,
        response: {
          200: {
            description: 'The BitstringStatusListCredential, a signed JWT',
            content: { 'application/vc+jwt': { schema: z.string() } },
          },
        },
      },
      config,
    },
    async (request, reply) =>
      reply
        .header('content-type', 'application/vc+jwt')
        .header('cache-control', 'public, max-age=1')
        .send(await lists.credential(request.params.listId, request.params.purpose)),
  );

  app.post(
    '/v1/signing-keys/rotate',
    {
      schema: {
        operationId: 'rotateSigningKey',
        summary: 'Rotate the credential signing key',
        tags: ['keys-and-status'],
        response: { 201: z.object({ kid: z.string() }) },
      },
      preHandler: authorize({ roles: ['certificate-office'] }),
    },
    async (_request, reply) => reply.code(201).send({ kid: await keys.rotate() }),
  );
};

export default keyRoutes;
