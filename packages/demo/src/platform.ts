import { type Clients, createClients } from '@tianfu/api-client';
import { type PlatformUrls, platformUrls } from '@tianfu/testing';
import { type DevTokens, devTokens, type TokenSubject } from './dev-tokens.ts';

const serviceEnv = (service: string) => `TIANFU_${service.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_URL`;

async function readiness(service: string, baseUrl: string): Promise<string | null> {
  const url = `${baseUrl.replace(/\/+$/, '')}/ready`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return response.ok ? null : `the ${service} service at ${baseUrl} is up but not ready: ${await response.text()}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return `the ${service} service is not reachable at ${url} (${cause}): start the platform (npm start) or point ${serviceEnv(service)} at it`;
  }
}

/**
 * The services of a running platform through the generated client (@tianfu/api-client): `as(subject)`
 * speaks with a dev token of that subject, minted when first needed; `anyone` with no token.
 */
export function platformClients(urls: PlatformUrls = platformUrls(), tokens: DevTokens = devTokens()) {
  const speakers = new Map<string, Clients>();
  const as = (subject: TokenSubject): Clients => {
    const key = JSON.stringify(subject);
    let clients = speakers.get(key);
    if (clients === undefined) {
      clients = createClients({ baseUrls: urls, token: () => tokens(subject) });
      speakers.set(key, clients);
    }
    return clients;
  };
  return {
    urls,
    tokens,
    as,
    anyone: createClients({ baseUrls: urls }),
    /** The provincial authority (四川省人社厅). */
    admin: as({ role: 'admin' }),
    /** An evaluation body, with a token scoped to it. */
    body: (bodyId: string) => as({ role: 'assessment-body', bodyId }),
    office: as({ role: 'certificate-office' }),
    talentOffice: as({ role: 'talent-office' }),
    organiser: as({ role: 'competition-organiser' }),
    /** The 人社 training department, keeper of the provider register. */
    trainingOffice: as({ role: 'training-office' }),
    /** A training provider, with a token scoped to it. */
    provider: (providerId: string) => as({ role: 'training-provider', providerId }),
    /** The 人社 subsidy office: the social-insurance registry's data, subsidy claims and payments. */
    subsidyOffice: as({ role: 'subsidy-office' }),
    hr: as({ role: 'hr' }),
    /** A worker, with a token of their own workerId. */
    worker: (workerId: string) => as({ role: 'worker', workerId }),
    /** An employer, scoped to its own body when it is one. */
    employer: (bodyId?: string) => as({ role: 'employer', ...(bodyId === undefined ? {} : { bodyId }) }),
    /** Throws, naming every service that does not answer ready. */
    async ready(): Promise<void> {
      const answers = await Promise.all(Object.entries(urls).map(([service, url]) => readiness(service, url)));
      const failures = answers.filter((answer) => answer !== null);
      if (failures.length > 0) throw new Error(`the platform is not ready:\n${failures.join('\n')}`);
    },
  };
}

export type Platform = ReturnType<typeof platformClients>;

/** The running platform's clients, once every service answers ready. */
export async function connectPlatform(urls?: PlatformUrls): Promise<Platform> {
  const platform = platformClients(urls);
  await platform.ready();
  return platform;
}
