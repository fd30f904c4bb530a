import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/index.ts';
import { buildTestApp, captureLogs } from './support/test-app.ts';

const logs = captureLogs();
let app: App;
let sequence = 0;
beforeAll(async () => {
  app = await buildTestApp({
    logLevel: 'info',
    logDestination: logs.destination,
    generateId: () => `gen-${++sequence}`,
  });
});
afterAll(() => app.close());

describe('request and correlation ids', () => {
  it('echoes the ids the client sent and binds them to the request logger', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/v1/echo-headers',
      headers: { 'x-request-id': 'req-42', 'x-correlation-id': 'corr-7', authorization: 'Bearer secret.token.value' },
    });
    expect(response.headers['x-request-id']).toBe('req-42');
    expect(response.headers['x-correlation-id']).toBe('corr-7');
    expect(response.json()).toEqual({ correlationId: 'corr-7' });
    const line = logs.lines.find((entry) => entry.msg === 'headers seen');
    expect(line).toMatchObject({
      requestId: 'req-42',
      correlationId: 'corr-7',
      service: 'test-service',
      headers: expect.objectContaining({ authorization: '[Redacted]' }),
    });
    expect(JSON.stringify(logs.lines)).not.toContain('secret.token.value');
  });

  it('generates a request id and uses it as the correlation id when none is sent', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/echo-headers' });
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^gen-\d+$/);
    expect(response.headers['x-correlation-id']).toBe(requestId);
  });

  it('ignores ids that are not plain tokens', async () => {
    const response = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'a b\nc' } });
    expect(response.headers['x-request-id']).toMatch(/^gen-\d+$/);
  });

  it('echoes the ids on error responses too', async () => {
    const response = await app.inject({ method: 'GET', url: '/missing', headers: { 'x-correlation-id': 'corr-9' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-correlation-id']).toBe('corr-9');
  });
});
