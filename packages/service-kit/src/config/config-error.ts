const brand = Symbol.for('tianfu.service-kit.config-error');

export interface ConfigIssue {
  readonly variable: string;
  /** `required`, or the zod issue code (`too_small`, `invalid_format`…), or `dev_secret_in_production`. */
  readonly rule: string;
  readonly message: string;
}

export interface ConfigError extends Error {
  readonly [brand]: true;
  readonly code: 'CONFIG_INVALID';
  readonly issues: readonly ConfigIssue[];
}

export const formatConfigIssues = (issues: readonly ConfigIssue[]): string =>
  issues.map(({ variable, rule, message }) => `  ${variable} (${rule}): ${message}`).join('\n');

export function configError(issues: readonly ConfigIssue[]): ConfigError {
  const error = new Error(`invalid configuration:\n${formatConfigIssues(issues)}`) as Error & {
    -readonly [K in keyof ConfigError]: ConfigError[K];
  };
  error.name = 'ConfigError';
  error[brand] = true;
  error.code = 'CONFIG_INVALID';
  error.issues = issues;
  return error;
}

export const isConfigError = (error: unknown): error is ConfigError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;
