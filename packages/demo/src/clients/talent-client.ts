import type { DevTokens } from '../dev-tokens.ts';
import type { ServiceHttp } from '../http/service-http.ts';
import type { IdDocument } from './assessment-client.ts';

export interface Person {
  readonly document: IdDocument;
  readonly name: string;
}

export interface HonourGrant extends Person {
  /** A code of the honour catalogue (docs/domain.md §4.2), e.g. sichuan-skill-master */
  readonly honour: string;
  readonly round: string;
  readonly grantedOn: string;
  readonly authority: string;
  readonly documentNo: string;
}

export interface Employer {
  readonly bodyId: string;
  readonly filingNo: string;
  readonly bodyName: string;
}

export interface Appointment extends Person {
  readonly appointmentId: string;
  /** 特级技师 or 首席技师 */
  readonly post: 'principal-technician' | 'chief-technician';
  readonly employer: Employer;
  readonly occupationCode: string;
  readonly termStart: string;
  readonly termEnd: string | null;
}

export interface AppointmentView {
  readonly appointmentId: string;
  readonly workerId: string;
  readonly post: string;
  readonly eligibility: { readonly basis: string; readonly summary: string };
}

export interface NewBase {
  readonly baseId: string;
  readonly kind: 'master-studio' | 'high-skill-training-base' | 'public-training-base' | 'park-cultivation-base';
  readonly name: string;
  readonly level: 'national' | 'provincial' | 'municipal';
  readonly regionCode: string;
  readonly industry: string;
  readonly establishedOn: string;
  readonly master: Person | null;
  readonly members: readonly Person[];
}

/** The talent registry (port 4103): the talent office's honours and bases, an enterprise's appointments. */
export function talentClient(http: ServiceHttp, tokens: DevTokens) {
  const office = () => tokens({ role: 'talent-office' });

  return {
    grantHonour: async (json: HonourGrant) =>
      http.send<{ grantId: string; workerId: string }>({
        method: 'POST',
        path: '/v1/honours/grants',
        token: await office(),
        json,
      }),
    registerBase: async (json: NewBase) =>
      http.send<{ baseId: string }>({ method: 'POST', path: '/v1/bases', token: await office(), json }),
    /** By the appointing enterprise itself: its employer token is scoped to its bodyId. */
    appoint: async (json: Appointment) =>
      http.send<AppointmentView>({
        method: 'POST',
        path: '/v1/appointments',
        token: await tokens({ role: 'employer', bodyId: json.employer.bodyId }),
        json,
      }),
  };
}

export type TalentClient = ReturnType<typeof talentClient>;
