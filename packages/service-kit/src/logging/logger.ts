import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export interface LoggerOptions {
  readonly service: string;
  readonly version: string;
  readonly level?: LevelWithSilent;
  /** Where log lines go; stdout when not given. */
  readonly destination?: DestinationStream;
}

// Tokens must never reach the logs, whichever object a caller happens to log the headers under.
const redactedPaths = [
  'req.headers.authorization',
  'request.headers.authorization',
  'headers.authorization',
  'authorization',
];

export function createLogger({ service, version, level = 'info', destination }: LoggerOptions): Logger {
  const options = {
    level,
    base: { service, version },
    redact: { paths: redactedPaths, censor: '[Redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
