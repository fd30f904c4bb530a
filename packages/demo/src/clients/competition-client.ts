import { type DevTokens, devSubjectId } from '../dev-tokens.ts';
import type { ServiceHttp } from '../http/service-http.ts';
import type { CertifiedLevel, IdDocument } from './assessment-client.ts';
import type { Employer } from './talent-client.ts';

export type CompetitionTier =
  | 'worldskills'
  | 'national-class-1'
  | 'national-class-2'
  | 'provincial-class-1'
  | 'provincial-class-2'
  | 'municipal'
  | 'industry'
  | 'enterprise';

export interface ContestEventPlan {
  readonly contestEventId: string;
  readonly name: string;
  readonly occupationCode: string;
  readonly level: CertifiedLevel;
  readonly track: 'employee' | 'student';
}

export interface NewCompetition {
  readonly competitionId: string;
  readonly name: string;
  readonly tier: CompetitionTier;
  /** The tier's default rule set unless named (services/competition promotion-rules). */
  readonly ruleSetId?: string;
  readonly year: number;
  /**
   * The registered body that issues the promotion certificates; the service names it as
   * registered, so the filing number and name sent must be what the body is registered with.
   */
  readonly issuingBody: Employer;
  readonly contestEvents: readonly ContestEventPlan[];
}

export interface Entrant {
  readonly contestEventId: string;
  /** 参赛编号 */
  readonly entrantId: string;
  readonly document: IdDocument;
  readonly name: string;
  readonly heldLevel: CertifiedLevel | null;
}

export interface ContestResult {
  readonly entrantId: string;
  readonly rank: number | null;
  readonly score?: number | null;
  readonly medal?: 'gold' | 'silver' | 'bronze' | 'excellence' | null;
  readonly prize?: string | null;
}

export interface ContestEventView {
  readonly contestEventId: string;
  readonly status: 'open' | 'published' | 'confirmed';
  readonly entrants: readonly { readonly entrantId: string; readonly workerId: string }[];
  readonly promotions: readonly {
    readonly entrantId: string;
    readonly workerId: string;
    readonly level: CertifiedLevel;
  }[];
  readonly honours: readonly { readonly entrantId: string; readonly honour: string }[];
}

export interface CompetitionView {
  readonly competitionId: string;
  readonly contestEvents: readonly ContestEventView[];
}

export interface OrganiserView {
  readonly organiserId: string;
  readonly grants: readonly { readonly bodyId: string; readonly tiers: readonly CompetitionTier[] }[];
}

/** The competition service (port 4104), as the organiser that registered the competition. */
export function competitionClient(http: ServiceHttp, tokens: DevTokens) {
  const organiserSubject = { role: 'competition-organiser' } as const;
  const organiser = () => tokens(organiserSubject);
  const competitionPath = (competitionId: string) => `/v1/competitions/${encodeURIComponent(competitionId)}`;

  return {
    /**
     * By the authority: the organiser may register competitions issued by the body at these tiers
     * (the same again changes nothing; a body the service has not learnt of yet is BODY_NOT_REGISTERED).
     */
    grantOrganiser: async (bodyId: string, tiers: readonly CompetitionTier[], reason: string) =>
      http.send<OrganiserView>({
        method: 'PUT',
        path: `/v1/organisers/${encodeURIComponent(devSubjectId(organiserSubject))}/grants/${encodeURIComponent(bodyId)}`,
        token: await tokens({ role: 'admin' }),
        json: { tiers, reason },
      }),
    /** The grants the organiser holds, as its own token reads them. */
    organiserGrants: async () => {
      const path = `/v1/organisers/${encodeURIComponent(devSubjectId(organiserSubject))}`;
      return (await http.find<OrganiserView>(path, await organiser()))?.grants ?? [];
    },
    register: async (json: NewCompetition) =>
      http.send<CompetitionView>({ method: 'POST', path: '/v1/competitions', token: await organiser(), json }),
    competition: async (competitionId: string) =>
      http.find<CompetitionView>(competitionPath(competitionId), await organiser()),
    enter: async (competitionId: string, json: Entrant) =>
      http.send<unknown>({
        method: 'POST',
        path: `${competitionPath(competitionId)}/entrants`,
        token: await organiser(),
        json,
      }),
    publishResults: async (competitionId: string, contestEventId: string, results: readonly ContestResult[]) =>
      http.send<ContestEventView>({
        method: 'POST',
        path: `${competitionPath(competitionId)}/results`,
        token: await organiser(),
        json: { contestEventId, results },
      }),
    /** 核准: promotions and titles follow from the confirmed results. */
    confirm: async (competitionId: string, contestEventId: string) =>
      http.send<ContestEventView>({
        method: 'POST',
        path: `${competitionPath(competitionId)}/confirm`,
        token: await organiser(),
        json: { contestEventId },
      }),
  };
}

export type CompetitionClient = ReturnType<typeof competitionClient>;
