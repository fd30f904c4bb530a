import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** What a verification link's JSON answer keeps of certification's headers. */
const PASSED_HEADERS = [
  'content-type',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

const wantsJson = (accept: string | undefined): boolean =>
  accept?.includes('application/json') === true && !accept.includes('text/html');

/**
 * The built front end: hashed assets cached for a year, every other GET that asks for a page
 * answered with index.html, where the front end's router takes over. A verification link
 * (`/v/<reference>`, what a certificate's QR code holds) asked for as JSON is certification's answer.
 */
export async function webPages(app: FastifyInstance, webRoot: string, certificationUrl: string): Promise<void> {
  const indexFile = join(webRoot, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`the console's front end is not built: ${indexFile} is missing`);
  const index = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    setHeaders: (response, path) => {
      const hashed = path.includes(`${join(webRoot, 'assets')}`);
      response.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/v/:reference', async (request, reply) => {
    if (!wantsJson(request.headers.accept))
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    const { reference } = request.params as { reference: string };
    const answer = await fetch(`${certificationUrl}/v/${encodeURIComponent(reference)}`, {
      headers: { accept: 'application/json', 'x-forwarded-for': request.ip },
    });
    for (const header of PASSED_HEADERS) {
      const value = answer.headers.get(header);
      if (value !== null) reply.header(header, value);
    }
    return reply.code(answer.status).send(Buffer.from(await answer.arrayBuffer()));
  });
  app.setNotFoundHandler(async (request, reply) => {
    const page = request.method === 'GET' && !request.url.startsWith('/api/') && !wantsJson(request.headers.accept);
    if (page) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    return reply
      .code(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `no ${request.method} ${request.url.split('?')[0]}`,
      });
  });
}
