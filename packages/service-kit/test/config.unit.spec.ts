import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseConfigSchema, DEV_JWT_SECRET, isConfigError, loadConfig } from '../src/index.ts';
import { runTs } from './support/child.ts';

const goodEnv = {
  SERVICE_NAME: 'assessment',
  PORT: '4101',
  KAFKA_BROKERS: '127.0.0.1:9092, kafka-2:9092',
  MONGO_URL: 'mongodb://127.0.0.1:27017/assessment',
  AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
};

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isConfigError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('parses the environment into a frozen object with defaults', () => {
    const config = loadConfig(baseConfigSchema, goodEnv);
    expect(config).toMatchObject({
      PORT: 4101,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      KAFKA_BROKERS: ['127.0.0.1:9092', 'kafka-2:9092'],
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes a service extension of the base schema', () => {
    const schema = baseConfigSchema.extend({ CERT_PREFIX: z.string().length(4) });
    expect(loadConfig(schema, { ...goodEnv, CERT_PREFIX: 'SC01' }).CERT_PREFIX).toBe('SC01');
  });

  it('lists every bad and missing variable with its rule', () => {
    const issues = issuesOf(() =>
      loadConfig(baseConfigSchema, {
        ...goodEnv,
        PORT: '',
        AUTH_JWT_SECRET: 'short',
        KAFKA_BROKERS: 'nohost',
        MONGO_URL: undefined,
      }),
    );
    expect(issues.map(({ variable, rule }) => [variable, rule])).toEqual(
      expect.arrayContaining([
        ['PORT', 'required'],
        ['AUTH_JWT_SECRET', 'too_small'],
        ['KAFKA_BROKERS', 'invalid_format'],
        ['MONGO_URL', 'required'],
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it('refuses the dev secret in production only', () => {
    const devEnv = { ...goodEnv, AUTH_JWT_SECRET: DEV_JWT_SECRET };
    expect(loadConfig(baseConfigSchema, devEnv).AUTH_JWT_SECRET).toBe(DEV_JWT_SECRET);
    const issues = issuesOf(() => loadConfig(baseConfigSchema, { ...devEnv, NODE_ENV: 'production' }));
    expect(issues).toEqual([
      expect.objectContaining({ variable: 'AUTH_JWT_SECRET', rule: 'dev_secret_in_production' }),
    ]);
  });
});

describe('loadConfigOrExit', () => {
  it('stops a service with an empty environment, printing every missing variable', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/empty-env-config.ts', import.meta.url));
    const { code, stdout, stderr } = await runTs(fixture);
    expect(code).toBe(1);
    expect(stdout).not.toContain('started');
    for (const variable of [
      'SERVICE_NAME',
      'PORT',
      'KAFKA_BROKERS',
      'MONGO_URL',
      'AUTH_JWT_SECRET',
      'ASSESSMENT_TOPIC',
    ]) {
      expect(stderr).toContain(`${variable} (required)`);
    }
    expect(stderr).not.toMatch(/HOST|LOG_LEVEL|NODE_ENV/);
  }, 30_000);
});
