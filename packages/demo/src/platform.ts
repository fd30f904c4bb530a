import { type PlatformUrls, platformUrls } from '@tianfu/testing';
import { assessmentClient } from './clients/assessment-client.ts';
import { careerClient } from './clients/career-client.ts';
import { catalogueClient } from './clients/catalogue-client.ts';
import { certificationClient } from './clients/certification-client.ts';
import { competitionClient } from './clients/competition-client.ts';
import { talentClient } from './clients/talent-client.ts';
import { type DevTokens, devTokens } from './dev-tokens.ts';
import { serviceHttp } from './http/service-http.ts';

/** The services of a running platform, one client each, with dev tokens minted as needed. */
export function platformClients(urls: PlatformUrls = platformUrls(), tokens: DevTokens = devTokens()) {
  const http = {
    assessment: serviceHttp('assessment', urls.assessment),
    certification: serviceHttp('certification', urls.certification),
    talentRegistry: serviceHttp('talent-registry', urls.talentRegistry),
    competition: serviceHttp('competition', urls.competition),
    career: serviceHttp('career', urls.career),
    catalogue: serviceHttp('catalogue', urls.catalogue),
  };
  return {
    urls,
    tokens,
    assessment: assessmentClient(http.assessment, tokens),
    certification: certificationClient(http.certification, tokens),
    talent: talentClient(http.talentRegistry, tokens),
    competition: competitionClient(http.competition, tokens),
    career: careerClient(http.career, tokens),
    catalogue: catalogueClient(http.catalogue, tokens),
    /** Throws, naming every URL that does not answer ready. */
    async ready(): Promise<void> {
      const answers = await Promise.allSettled(Object.values(http).map((service) => service.ready()));
      const failures = answers.flatMap((answer) =>
        answer.status === 'rejected' ? [(answer.reason as Error).message] : [],
      );
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
