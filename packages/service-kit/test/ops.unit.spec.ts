import { groupMembership } from '@tianfu/messaging';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type App,
  caughtUpReadiness,
  createMetricsRegistry,
  kafkaReadiness,
  membershipReadiness,
  mongoReadiness,
} from '../src/index.ts';
import { bearer, buildTestApp } from './support/test-app.ts';

const apps: App[] = [];
const build = async (...args: Parameters<typeof buildTestApp>) => {
  const app = await buildTestApp(...args);
  apps.push(app);
  return app;
};
afterAll(() => Promise.all(apps.map((app) => app.close())));

const healthyDb = { command: async () => ({ ok: 1 }) };
const healthyAdmin = { describeCluster: async () => ({ brokers: 1 }) };

describe('/health', () => {
  it('answers 200 ok', async () => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('/ready', () => {
  it('answers 200 with each check when all pass', async () => {
    const app = await build({ readinessChecks: [mongoReadiness(healthyDb), kafkaReadiness(healthyAdmin)] });
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      checks: [
        { name: 'mongodb', status: 'ok' },
        { name: 'kafka', status: 'ok' },
      ],
    });
  });

  it('answers 503 problem+json naming the failing and the timed-out checks, without their error text', async () => {
    const brokenDb = { command: async () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:27017')) };
    const hangingAdmin = { describeCluster: () => new Promise<never>(() => {}) };
    const app = await build({
      readinessChecks: [
        mongoReadiness(brokenDb),
        kafkaReadiness(hangingAdmin, 20),
        { name: 'cache', check: async () => {} },
      ],
    });
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 503,
      code: 'NOT_READY',
      failing: ['mongodb', 'kafka'],
      checks: [
        { name: 'mongodb', status: 'failed' },
        { name: 'kafka', status: 'timed_out' },
        { name: 'cache', status: 'ok' },
      ],
    });
    expect(response.body).not.toContain('ECONNREFUSED');
  });
});

describe('/ready with a view held from a topic', () => {
  it('answers 503 naming the view until it has caught up, then 200', async () => {
    let reached: () => void = () => {};
    const caughtUp = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const app = await build({ readinessChecks: [caughtUpReadiness('catalogue', caughtUp, 20)] });
    const before = await app.inject({ method: 'GET', url: '/ready' });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toMatchObject({
      failing: ['catalogue'],
      checks: [{ name: 'catalogue', status: 'timed_out' }],
    });
    reached();
    const after = await app.inject({ method: 'GET', url: '/ready' });
    expect(after.statusCode).toBe(200);
  });
});

describe('/ready with a consumer group', () => {
  it('answers 503 until the consumer joins, again from a crash, and 200 once it has rejoined', async () => {
    const logged: string[] = [];
    const log = (_fields: object, message: string) => void logged.push(message);
    const membership = groupMembership('catalogue-follower-1', { info: log, warn: log, error: log });
    const app = await build({ readinessChecks: [membershipReadiness('catalogue-follower', membership.inGroup)] });
    const ready = async () => (await app.inject({ method: 'GET', url: '/ready' })).statusCode;
    expect(await ready()).toBe(503);
    membership.listeners.onJoin({ memberId: 'm-1', assignment: {} });
    expect(await ready()).toBe(200);
    membership.listeners.onCrash(new Error('The coordinator is loading'), true);
    const crashed = await app.inject({ method: 'GET', url: '/ready' });
    expect(crashed.statusCode).toBe(503);
    expect(crashed.json()).toMatchObject({ failing: ['catalogue-follower'] });
    membership.listeners.onJoin({ memberId: 'm-2', assignment: {} });
    expect(await ready()).toBe(200);
    expect(logged).toEqual(['consumer joined', 'consumer crashed', 'consumer joined']);
  });
});

describe('/metrics', () => {
  it('serves default metrics and the HTTP duration histogram by route pattern', async () => {
    const app = await build();
    await app.inject({ method: 'GET', url: '/v1/bodies/B-1/sessions' });
    const response = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: await bearer({ sub: 'p', role: 'ops' }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('process_cpu_user_seconds_total');
    expect(response.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/v1\/bodies\/:bodyId\/sessions",status_code="401"\} 1/,
    );
  });

  it('serves a registry it was given, so other packages can add metrics to it', async () => {
    const metrics = createMetricsRegistry();
    const app = await build({ metrics });
    expect(app.metrics).toBe(metrics);
    const second = await build({ metrics });
    await second.inject({ method: 'GET', url: '/health' });
    expect(await metrics.metrics()).toContain('route="/health"');
  });
});
