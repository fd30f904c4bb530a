import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';

/** Something to close at shutdown: a consumer, the outbox relay, a database client. */
export interface Closer {
  readonly name: string;
  readonly close: () => Promise<unknown>;
}

export interface RunServiceOptions {
  readonly app: FastifyInstance;
  readonly config: { readonly HOST: string; readonly PORT: number };
  /** Closed after the HTTP server, in reverse order: register a client before the things that use it. */
  readonly closers?: readonly Closer[];
  /** How long a graceful shutdown may take before the process is ended with code 1. */
  readonly graceMs?: number;
}

export const SHUTDOWN_GRACE_MS = 30_000;

async function closeAll(app: FastifyInstance, closers: readonly Closer[]): Promise<void> {
  // app.close() stops accepting and waits for in-flight requests before anything they use goes away.
  await app.close();
  for (const closer of [...closers].reverse()) {
    try {
      await closer.close();
      app.log.info({ closer: closer.name }, 'closed');
    } catch (err) {
      app.log.error({ closer: closer.name, err }, 'close failed');
    }
  }
}

/**
 * Listens on HOST:PORT; SIGTERM or SIGINT closes the app then the closers and exits 0.
 * A second signal, an error while closing, or the grace deadline ends the process with code 1.
 */
export async function runService({
  app,
  config,
  closers = [],
  graceMs = SHUTDOWN_GRACE_MS,
}: RunServiceOptions): Promise<string> {
  closeWithGrace(
    {
      delay: graceMs,
      logger: { error: (message: unknown) => app.log.error(message) },
      onSecondSignal: (signal) => app.log.error({ signal }, 'second signal, exiting now'),
      onTimeout: (delay) => app.log.error({ graceMs: delay }, 'shutdown deadline passed, exiting now'),
    },
    async ({ signal, err }) => {
      if (err) app.log.fatal({ err }, 'uncaught error, shutting down');
      else app.log.info({ signal }, 'shutting down');
      await closeAll(app, closers);
    },
  );
  try {
    return await app.listen({ host: config.HOST, port: config.PORT });
  } catch (err) {
    app.log.fatal({ err, host: config.HOST, port: config.PORT }, 'could not listen');
    process.exit(1);
  }
}
