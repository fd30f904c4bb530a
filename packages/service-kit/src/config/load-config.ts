import { z } from 'zod';
import { DEV_JWT_SECRET } from '../auth/token-settings.ts';
import { DEV_PERSONAL_DATA_KEY, DEV_WORKER_ID_KEY } from '../personal-data/personal-data-config.ts';
import { type ConfigIssue, configError, formatConfigIssues, isConfigError } from './config-error.ts';
import type { Env } from './env.ts';
import { DEV_SIGNING_KEY_WRAP_KEY } from './signing-key-config.ts';
import { tokenConfigIssues } from './token-config.ts';

function toIssue(issue: z.core.$ZodIssue, env: Env): ConfigIssue {
  const variable = String(issue.path[0] ?? '(environment)');
  const missing = issue.path.length === 1 && (env[variable] === undefined || env[variable] === '');
  return missing
    ? { variable, rule: 'required', message: 'is not set' }
    : { variable, rule: issue.code, message: issue.message };
}

const devSecrets: Readonly<Record<string, string>> = {
  AUTH_JWT_SECRET: DEV_JWT_SECRET,
  WORKER_ID_KEY: DEV_WORKER_ID_KEY,
  PERSONAL_DATA_KEY: DEV_PERSONAL_DATA_KEY,
  SIGNING_KEY_WRAP_KEY: DEV_SIGNING_KEY_WRAP_KEY,
};

/** `values` are the parsed ones when parsing succeeded, so a dev default left in place counts too. */
function devSecretIssues(env: Env, values: Readonly<Record<string, unknown>>): ConfigIssue[] {
  if (env.NODE_ENV !== 'production') return [];
  return Object.entries(devSecrets)
    .filter(([variable, devValue]) => values[variable] === devValue)
    .map(([variable]) => ({ variable, rule: 'dev_secret_in_production', message: 'the dev secret is public' }));
}

const readsTokenSettings = (schema: z.ZodType): boolean =>
  schema instanceof z.ZodObject && 'AUTH_ISSUER' in schema.shape;

/** Parses the environment once at start; throws a ConfigError naming every bad or missing variable. */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): Readonly<z.output<S>> {
  const result = schema.safeParse(env);
  const issues = [
    ...(result.success ? [] : result.error.issues.map((issue) => toIssue(issue, env))),
    ...devSecretIssues(env, result.success ? (result.data as Record<string, unknown>) : env),
    ...(readsTokenSettings(schema) ? tokenConfigIssues(env) : []),
  ];
  if (!result.success || issues.length > 0) throw configError(issues);
  return Object.freeze(result.data);
}

/** For a service's main: a bad config prints the list to stderr and ends the process with code 1. */
export function loadConfigOrExit<S extends z.ZodType>(schema: S, env: Env = process.env): Readonly<z.output<S>> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (!isConfigError(error)) throw error;
    process.stderr.write(`invalid configuration, not starting:\n${formatConfigIssues(error.issues)}\n`);
    process.exit(1);
  }
}
