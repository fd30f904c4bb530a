import { z } from 'zod';
import {
  type App,
  type AppOptions,
  authorize,
  concurrencyConflict,
  createApp,
  operationalError,
  type Principal,
  signToken,
} from '../../src/index.ts';

export const SECRET = 'test-secret-that-is-at-least-32-characters-long';
export const NOW = new Date('2025-06-01T08:00:00Z');
export const now = (): Date => NOW;

export const ThingSchema = z.object({
  name: z.string().min(3),
  email: z.email(),
  items: z.array(z.object({ score: z.number().int().min(0).max(100) })),
});

export interface LogCapture {
  readonly lines: Record<string, unknown>[];
  readonly destination: { write(line: string): void };
}

export function captureLogs(): LogCapture {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (line: string) => lines.push(JSON.parse(line)) } };
}

export const tokenFor = (principal: Principal, options: { secret?: string; at?: Date; ttlSeconds?: number } = {}) =>
  signToken({
    secret: options.secret ?? SECRET,
    principal,
    now: () => options.at ?? NOW,
    ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}),
  });

export const bearer = async (principal: Principal) => ({ authorization: `Bearer ${await tokenFor(principal)}` });

function addTestRoutes(app: App): void {
  app.post('/v1/things', { schema: { body: ThingSchema } }, async (request, reply) =>
    reply.code(201).send({ name: request.body.name }),
  );
  app.get(
    '/v1/search',
    { schema: { querystring: z.object({ limit: z.coerce.number().int().max(100), q: z.string().min(2) }) } },
    async (request) => ({ limit: request.query.limit }),
  );
  app.get(
    '/v1/bodies/:bodyId/sessions',
    {
      schema: { params: z.object({ bodyId: z.string().regex(/^B-\d+$/) }) },
      preHandler: authorize({
        roles: ['assessment-body'],
        scope: (principal, request) => principal.bodyId === (request.params as { bodyId: string }).bodyId,
      }),
    },
    async (request) => ({ bodyId: request.params.bodyId, caller: request.principal?.sub }),
  );
  app.get('/v1/indicators', { preHandler: authorize({ roles: ['hr', 'talent-office'] }) }, async (request) => ({
    role: request.principal?.role,
  }));
  app.post('/v1/conflict', async () => {
    throw concurrencyConflict('session S-1 moved past revision 3', { streamId: 'S-1' });
  });
  app.post('/v1/serials', async () => {
    throw operationalError('SERIAL_EXHAUSTED', 'no serial left in scope Y0000510010642025', {
      secretScope: 'Y0000510',
    });
  });
  app.get('/v1/boom', async () => {
    throw new Error('connection to mongodb://admin:hunter2@db failed');
  });
  app.get('/v1/verify', { config: { rateLimit: { max: 2, timeWindow: 60_000 }, publicCors: true } }, async () => ({
    ok: true,
  }));
  app.get('/v1/keys', { config: { publicCors: true } }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').send({ keys: [] }),
  );
  app.get('/v1/echo-headers', async (request) => {
    request.log.info({ headers: request.headers }, 'headers seen');
    return { correlationId: request.correlationId };
  });
}

export async function buildTestApp(overrides: Partial<AppOptions> = {}): Promise<App> {
  const app = await createApp({
    service: 'test-service',
    version: '1.2.3',
    logLevel: 'silent',
    auth: { secret: SECRET, now },
    bodyLimit: 1024,
    ...overrides,
  });
  addTestRoutes(app);
  await app.ready();
  return app;
}
