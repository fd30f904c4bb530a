import type { DevTokens } from '../dev-tokens.ts';
import type { ServiceHttp } from '../http/service-http.ts';
import type { IdDocument } from './assessment-client.ts';

export interface LadderStep {
  readonly level: string;
  readonly label: string;
  readonly date: string;
  /** exam, competition, direct-recognition, appointment or legacy */
  readonly basis: string;
  readonly reference: string;
  readonly certificateNo: string | null;
  readonly droppedOn: string | null;
}

export interface Ladder {
  readonly workerId: string;
  readonly asOf: string;
  readonly occupations: readonly {
    readonly occupationCode: string;
    readonly steps: readonly LadderStep[];
    readonly current: string | null;
  }[];
  readonly highest: { readonly level: string; readonly occupationCode: string } | null;
  readonly highSkill: boolean;
  readonly honours: readonly { readonly honour: string; readonly name: string; readonly round: string }[];
  readonly appointments: readonly { readonly post: string; readonly occupationCode: string; readonly since: string }[];
  /** The holder's name masked; null once the worker's personal data is erased. */
  readonly maskedName: string | null;
}

export interface TalentPoolPage {
  readonly total: number;
  readonly next: string | null;
  readonly facets: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly items: readonly {
    readonly workerId: string;
    readonly maskedName: string | null;
    readonly region: { readonly code: string; readonly name: string } | null;
    readonly highest: { readonly level: string; readonly label: string } | null;
  }[];
}

/** Plan indicators: the totals and their share of the plan's targets (docs/domain.md §5.3). */
export interface Indicators {
  readonly totals: Readonly<Record<string, number>>;
  readonly byYear: readonly Readonly<Record<string, number | string>>[];
  readonly byRegion: readonly Readonly<Record<string, number | string>>[];
}

const query = (params: Readonly<Record<string, string>>) => new URLSearchParams(params).toString();

/** The career service (port 4105), as HR. */
export function careerClient(http: ServiceHttp, tokens: DevTokens) {
  const hr = () => tokens({ role: 'hr' });

  return {
    /** The workerId of an ID document; the number travels only in the body. */
    lookup: async (document: IdDocument) =>
      http.send<{ workerId: string; maskedIdNumber: string }>({
        method: 'POST',
        path: '/v1/workers/lookup',
        token: await hr(),
        json: document,
      }),
    ladder: async (workerId: string, asOf?: string) =>
      http.send<Ladder>({
        method: 'GET',
        path: `/v1/workers/${workerId}/ladder${asOf === undefined ? '' : `?asOf=${asOf}`}`,
        token: await hr(),
      }),
    /** The ladder, or null while career has no records of the worker yet (404). */
    findLadder: async (workerId: string) => http.find<Ladder>(`/v1/workers/${workerId}/ladder`, await hr()),
    talentPool: async (params: Readonly<Record<string, string>>) =>
      http.send<TalentPoolPage>({ method: 'GET', path: `/v1/talent-pool?${query(params)}`, token: await hr() }),
    indicators: async (params: Readonly<Record<string, string>>) =>
      http.send<Indicators>({ method: 'GET', path: `/v1/indicators?${query(params)}`, token: await hr() }),
    /** Crypto-shredding of the worker's personal data (the authority). */
    erase: async (workerId: string, reason: string) =>
      http.send<{ workerId: string; erasedAt: string }>({
        method: 'POST',
        path: `/v1/workers/${workerId}/erasure`,
        token: await tokens({ role: 'admin' }),
        json: { reason },
      }),
  };
}

export type CareerClient = ReturnType<typeof careerClient>;
