import { join } from 'node:path';
import { loadConfigOrExit } from '@tianfu/service-kit';
import { buildConsoleApp } from './app.ts';
import { oidcSignIn } from './auth/oidc-exchange.ts';
import { signInOf } from './auth/sign-in-config.ts';
import { consoleConfigSchema, upstreamUrls } from './config.ts';

const config = loadConfigOrExit(consoleConfigSchema({ name: 'console', port: 4100 }));
// The bundle runs from services/console/dist, beside the front end vite built into dist/web.
const webRoot = join(import.meta.dirname, 'web');
const signIn = signInOf(config);

const app = await buildConsoleApp({
  upstreams: upstreamUrls(config),
  webRoot,
  ...(signIn.mode === 'dev' ? { devTokenSecret: signIn.secret } : {}),
  ...(signIn.mode === 'oidc' ? { oidc: oidcSignIn(signIn.issuer, signIn.client) } : {}),
  logLevel: config.LOG_LEVEL,
});
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await app.listen({ host: config.HOST, port: config.PORT });
