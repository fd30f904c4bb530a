/** Where the running platform's services answer, as `npm test` exports them (TIANFU_<SERVICE>_URL). */
export interface PlatformUrls {
  readonly assessment: string;
  readonly certification: string;
  readonly talentRegistry: string;
  readonly competition: string;
  readonly career: string;
  readonly catalogue: string;
  readonly training: string;
  readonly subsidy: string;
}

/** The URLs from the environment, or the services' standard local ports. */
export function platformUrls(env: NodeJS.ProcessEnv = process.env): PlatformUrls {
  const url = (name: string, port: number) => env[`TIANFU_${name}_URL`] ?? `http://127.0.0.1:${port}`;
  return {
    assessment: url('ASSESSMENT', 4101),
    certification: url('CERTIFICATION', 4102),
    talentRegistry: url('TALENT_REGISTRY', 4103),
    competition: url('COMPETITION', 4104),
    career: url('CAREER', 4105),
    catalogue: url('CATALOGUE', 4109),
    training: url('TRAINING', 4106),
    subsidy: url('SUBSIDY', 4107),
  };
}
