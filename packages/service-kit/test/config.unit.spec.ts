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
const ISSUER = 'https://id.example.test/realms/tianfu';

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
      KAFKA_CLIENT: 'kafkajs',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('selects the Kafka client by KAFKA_CLIENT and refuses one it has no adapter for', () => {
    expect(loadConfig(baseConfigSchema, { ...goodEnv, KAFKA_CLIENT: 'platformatic' }).KAFKA_CLIENT).toBe(
      'platformatic',
    );
    const issues = issuesOf(() => loadConfig(baseConfigSchema, { ...goodEnv, KAFKA_CLIENT: 'rdkafka' }));
    expect(issues).toEqual([expect.objectContaining({ variable: 'KAFKA_CLIENT', rule: 'invalid_value' })]);
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
    const production = { ...devEnv, NODE_ENV: 'production', AUTH_ISSUER: ISSUER };
    const issues = issuesOf(() => loadConfig(baseConfigSchema, production));
    expect(issues).toEqual([
      expect.objectContaining({ variable: 'AUTH_JWT_SECRET', rule: 'dev_secret_in_production' }),
    ]);
  });
});

describe('token settings', () => {
  const { AUTH_JWT_SECRET: _secret, ...noSecret } = goodEnv;
  const rulesOf = (env: Record<string, string>) =>
    issuesOf(() => loadConfig(baseConfigSchema, env)).map(({ variable, rule }) => [variable, rule]);

  it('refuses to start in production without an OIDC issuer, saying why', () => {
    const issues = issuesOf(() => loadConfig(baseConfigSchema, { ...goodEnv, NODE_ENV: 'production' }));
    expect(issues).toEqual([
      {
        variable: 'AUTH_ISSUER',
        rule: 'required_in_production',
        message:
          "production tokens are checked against an OIDC issuer's keys (AUTH_ISSUER, AUTH_AUDIENCE); HS256 with AUTH_JWT_SECRET is for development only",
      },
    ]);
  });

  it('runs in production on an https issuer alone, with RS256 and ES256 by default', () => {
    const config = loadConfig(baseConfigSchema, { ...noSecret, NODE_ENV: 'production', AUTH_ISSUER: ISSUER });
    expect(config).toMatchObject({ AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: 'tianfu', AUTH_ALGORITHMS: ['RS256', 'ES256'] });
    expect(config.AUTH_JWT_SECRET).toBeUndefined();
  });

  it('refuses plain http for the issuer and its key set in production only', () => {
    const http = { ...noSecret, AUTH_ISSUER: 'http://id.example.test', AUTH_JWKS_URL: 'http://id.example.test/k' };
    expect(loadConfig(baseConfigSchema, http).AUTH_JWKS_URL).toBe('http://id.example.test/k');
    expect(rulesOf({ ...http, NODE_ENV: 'production' })).toEqual([
      ['AUTH_ISSUER', 'https_in_production'],
      ['AUTH_JWKS_URL', 'https_in_production'],
    ]);
  });

  it('needs the secret in development when no issuer is set, and the issuer for a key set address', () => {
    expect(rulesOf(noSecret)).toEqual([['AUTH_JWT_SECRET', 'required']]);
    expect(rulesOf({ ...goodEnv, AUTH_JWKS_URL: 'https://id.example.test/keys' })).toEqual([
      ['AUTH_JWKS_URL', 'issuer_required'],
    ]);
  });

  it('accepts only public-key algorithms and a URL for the issuer', () => {
    expect(loadConfig(baseConfigSchema, { ...goodEnv, AUTH_ISSUER: ISSUER, AUTH_ALGORITHMS: 'ES256' })).toMatchObject({
      AUTH_ALGORITHMS: ['ES256'],
    });
    expect(rulesOf({ ...goodEnv, AUTH_ISSUER: 'id.example.test', AUTH_ALGORITHMS: 'RS256,HS256' })).toEqual([
      ['AUTH_ISSUER', 'invalid_format'],
      ['AUTH_ALGORITHMS', 'invalid_value'],
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

  it('stops a service started with NODE_ENV=production and only an HS256 secret, naming AUTH_ISSUER', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/production-config.ts', import.meta.url));
    const { code, stdout, stderr } = await runTs(fixture, [], { ...goodEnv, NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      "AUTH_ISSUER (required_in_production): production tokens are checked against an OIDC issuer's keys",
    );
  }, 30_000);
});
