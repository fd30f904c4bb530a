import { DEV_JWT_SECRET } from '../auth/token-settings.ts';
import { type PersonalDataConfig, personalDataConfigSchema } from '../personal-data/personal-data-config.ts';

/**
 * What a service's app is built with when it is built only to write its OpenAPI document: routes
 * and schemas depend on none of it, so the development defaults serve every service.
 */
export interface OpenApiScratch {
  readonly clock: () => Date;
  /** The personal-data keys main.ts falls back to, for the service's storage. */
  readonly personalData: PersonalDataConfig;
  /** What the service's buildApp takes beside its storage and settings. */
  readonly app: {
    readonly authSecret: string;
    readonly clock: () => Date;
    readonly version: string;
    readonly logLevel: 'silent';
  };
}

export function openApiScratch(version: string): OpenApiScratch {
  const clock = () => new Date();
  return {
    clock,
    personalData: personalDataConfigSchema.parse({}),
    app: { authSecret: DEV_JWT_SECRET, clock, version, logLevel: 'silent' },
  };
}
