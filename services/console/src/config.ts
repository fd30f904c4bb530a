import { z } from 'zod';
import { signInConfigShape, signInIssues } from './auth/sign-in-config.ts';

/** The services the console forwards `/api/<service>/…` to, each at TIANFU_<SERVICE>_URL. */
export const UPSTREAMS = [
  'assessment',
  'certification',
  'talent-registry',
  'competition',
  'career',
  'catalogue',
  'training',
  'subsidy',
] as const;
export type Upstream = (typeof UPSTREAMS)[number];

const port = z
  .string()
  .regex(/^\d{1,5}$/, 'a port number')
  .transform(Number)
  .pipe(z.number().int().max(65_535));

const upstreamUrl = (defaultPort: number) =>
  z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).default(`http://127.0.0.1:${defaultPort}`);

/** What the console reads from its environment; `port` is where it listens unless PORT says otherwise. */
export const consoleConfigSchema = (defaults: { name: string; port: number }) =>
  z
    .object({
      SERVICE_NAME: z.string().default(defaults.name),
      HOST: z.string().trim().min(1).default('127.0.0.1'),
      PORT: port.default(defaults.port),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      // The services' token settings and the console's client at the identity provider; development
      // sign-in mints HS256 tokens with AUTH_JWT_SECRET, never in production.
      ...signInConfigShape,
      TIANFU_ASSESSMENT_URL: upstreamUrl(4101),
      TIANFU_CERTIFICATION_URL: upstreamUrl(4102),
      TIANFU_TALENT_REGISTRY_URL: upstreamUrl(4103),
      TIANFU_COMPETITION_URL: upstreamUrl(4104),
      TIANFU_CAREER_URL: upstreamUrl(4105),
      TIANFU_CATALOGUE_URL: upstreamUrl(4109),
      TIANFU_TRAINING_URL: upstreamUrl(4106),
      TIANFU_SUBSIDY_URL: upstreamUrl(4107),
    })
    .superRefine((config, context) => {
      for (const issue of signInIssues(config)) context.addIssue({ code: 'custom', ...issue });
    });

export type ConsoleConfig = z.output<ReturnType<typeof consoleConfigSchema>>;

export const upstreamUrls = (config: ConsoleConfig): Record<Upstream, string> => ({
  assessment: config.TIANFU_ASSESSMENT_URL,
  certification: config.TIANFU_CERTIFICATION_URL,
  'talent-registry': config.TIANFU_TALENT_REGISTRY_URL,
  competition: config.TIANFU_COMPETITION_URL,
  career: config.TIANFU_CAREER_URL,
  catalogue: config.TIANFU_CATALOGUE_URL,
  training: config.TIANFU_TRAINING_URL,
  subsidy: config.TIANFU_SUBSIDY_URL,
});
