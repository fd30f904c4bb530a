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
}

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
  };
}

export type CareerClient = ReturnType<typeof careerClient>;
