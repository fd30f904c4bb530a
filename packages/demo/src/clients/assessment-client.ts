import type { DevTokens } from '../dev-tokens.ts';
import type { ServiceHttp } from '../http/service-http.ts';

export type CertifiedLevel = 'level5' | 'level4' | 'level3' | 'level2' | 'level1';
export type BodyCategory = 'employer' | 'social-organisation' | 'technical-college';

export interface IdDocument {
  readonly idType: 'resident-id-card';
  readonly idNumber: string;
}

export interface NewBody {
  readonly bodyId: string;
  /** 备案号 (docs/domain.md §3.2), e.g. S000051001064 */
  readonly filingNo: string;
  readonly name: string;
  readonly creditCode: string;
  readonly regionCode: string;
  readonly category: BodyCategory;
}

export interface BodyView extends NewBody {
  readonly status: 'active' | 'suspended';
  readonly filings: readonly { readonly occupationCode: string; readonly standardVersion: string }[];
}

export interface NewExaminer {
  readonly examinerId: string;
  readonly document: IdDocument;
  readonly name: string;
  readonly grade: 'examiner' | 'senior-examiner';
  readonly qualifications: readonly { readonly occupationCode: string; readonly levels: readonly CertifiedLevel[] }[];
}

export type NewSupervisor = { readonly supervisorId: string; readonly document: IdDocument; readonly name: string } & (
  | { readonly kind: 'internal'; readonly bodyId: string }
  | { readonly kind: 'external'; readonly cardNo: string }
);

export interface SessionPlan {
  readonly sessionId: string;
  readonly bodyId: string;
  readonly occupationCode: string;
  readonly level: CertifiedLevel;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly venue: string;
  readonly examinerIds: readonly string[];
  readonly supervisorId: string;
}

export interface SessionView extends SessionPlan {
  readonly status: 'scheduled' | 'closed';
  readonly candidates: { readonly enrolled: number; readonly passed: number; readonly failed: number };
}

export interface Background {
  readonly yearsInOccupation: number;
  readonly heldLevels?: readonly {
    readonly level: CertifiedLevel;
    readonly occupationCode: string;
    readonly obtainedOn: string;
  }[];
}

export interface CandidateView {
  readonly candidateId: string;
  readonly workerId: string;
  readonly name: string | null;
  readonly outcome: 'passed' | 'failed' | null;
}

export interface PartScores {
  readonly theory?: number;
  readonly practical?: number;
  readonly review?: number;
}

/** What a bulk sheet did; `applied` is false when this very file was applied before. */
export interface SheetReceipt {
  readonly rows: number;
  readonly applied: boolean;
  readonly events: Readonly<Record<string, number>>;
}

/**
 * The assessment service (port 4101): the authority registers bodies, files occupations and
 * certifies examiners; each body runs its own sessions with its own token.
 */
export function assessmentClient(http: ServiceHttp, tokens: DevTokens) {
  const admin = () => tokens({ role: 'admin' });
  const body = (bodyId: string) => tokens({ role: 'assessment-body', bodyId });
  const sessionPath = (sessionId: string) => `/v1/sessions/${encodeURIComponent(sessionId)}`;

  return {
    registerBody: async (json: NewBody) =>
      http.send<BodyView>({ method: 'POST', path: '/v1/bodies', token: await admin(), json }),
    body: async (bodyId: string) => http.find<BodyView>(`/v1/bodies/${encodeURIComponent(bodyId)}`, await admin()),
    fileOccupation: async (bodyId: string, occupationCode: string, standardVersion: string, levels: CertifiedLevel[]) =>
      http.send<BodyView>({
        method: 'PUT',
        path: `/v1/bodies/${encodeURIComponent(bodyId)}/occupations/${occupationCode}`,
        token: await admin(),
        json: { standardVersion, levels },
      }),
    registerExaminer: async (json: NewExaminer) =>
      http.send<unknown>({ method: 'POST', path: '/v1/examiners', token: await admin(), json }),
    /** An internal supervisor (内督) is appointed by its body, an external one (外督) by the authority. */
    registerSupervisor: async (json: NewSupervisor) =>
      http.send<unknown>({
        method: 'POST',
        path: '/v1/supervisors',
        token: json.kind === 'internal' ? await body(json.bodyId) : await admin(),
        json,
      }),
    scheduleSession: async (json: SessionPlan) =>
      http.send<SessionView>({ method: 'POST', path: '/v1/sessions', token: await body(json.bodyId), json }),
    session: async (bodyId: string, sessionId: string) =>
      http.find<SessionView>(sessionPath(sessionId), await body(bodyId)),
    enrol: async (
      bodyId: string,
      sessionId: string,
      json: { document: IdDocument; name: string; background: Background },
    ) =>
      http.send<CandidateView>({
        method: 'POST',
        path: `${sessionPath(sessionId)}/candidates`,
        token: await body(bodyId),
        json,
      }),
    enrolSheet: async (bodyId: string, sessionId: string, csv: string) =>
      http.send<SheetReceipt>({
        method: 'POST',
        path: `${sessionPath(sessionId)}/candidates.csv`,
        token: await body(bodyId),
        csv,
      }),
    recordScores: async (bodyId: string, sessionId: string, candidateId: string, json: PartScores) =>
      http.send<CandidateView>({
        method: 'PUT',
        path: `${sessionPath(sessionId)}/candidates/${candidateId}/scores`,
        token: await body(bodyId),
        json,
      }),
    scoreSheet: async (bodyId: string, sessionId: string, csv: string) =>
      http.send<SheetReceipt>({
        method: 'POST',
        path: `${sessionPath(sessionId)}/scores.csv`,
        token: await body(bodyId),
        csv,
      }),
    closeSession: async (bodyId: string, sessionId: string) =>
      http.send<SessionView>({ method: 'POST', path: `${sessionPath(sessionId)}/close`, token: await body(bodyId) }),
  };
}

export type AssessmentClient = ReturnType<typeof assessmentClient>;
