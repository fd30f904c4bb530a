import type { SealedName } from '@tianfu/contracts';
import type { PersonalDataPort } from '@tianfu/service-kit';
import { authorize, callerOf, setEtag, withPrecondition } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SessionCommands } from '../application/session-commands.ts';
import type { AssessmentPart } from '../domain/assessment-parts.ts';
import type { Candidate } from '../domain/exam-session-state.ts';
import type { ScoreEntry } from '../domain/record-scores.ts';
import {
  CandidateDetailSchema,
  CandidatePageQuerySchema,
  CandidateParamsSchema,
  CandidateViewSchema,
  EnrolCandidateSchema,
  PutScoresSchema,
  SessionParamsSchema,
} from './session-schemas.ts';
import { candidateView } from './session-views.ts';

export interface CandidateRoutesOptions {
  readonly sessions: SessionCommands;
  readonly personalData: PersonalDataPort;
}

const bodyOrAuthority = authorize({ roles: ['assessment-body'] });
const parts: readonly AssessmentPart[] = ['theory', 'practical', 'review'];

const candidateRoutes: FastifyPluginAsyncZod<CandidateRoutesOptions> = async (app, { sessions, personalData }) => {
  const view = async (candidate: Candidate) =>
    candidateView(candidate, await personalData.openMany([candidate.workerId]));

  app.post(
    '/v1/sessions/:sessionId/candidates',
    {
      schema: { params: SessionParamsSchema, body: EnrolCandidateSchema, response: { 201: CandidateViewSchema } },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const caller = callerOf(request, { ifMatch: true });
      const { document, name, background, overrideReason } = request.body;
      const { workerId } = personalData.identify(document);
      const [holderName] = await personalData.sealNames([{ workerId, name }]);
      const entry = {
        row: 1,
        workerId,
        holderName: holderName as SealedName,
        background,
        overrideReason: overrideReason ?? null,
      };
      const { sessionId } = request.params;
      const result = await withPrecondition(caller, () => sessions.enrol(sessionId, [entry], null, caller));
      // Sealed once enrolled, so a refused enrolment leaves no personal data behind.
      const { maskedIdNumber } = await personalData.seal({ ...document, name });
      const candidateId = result.session.candidateByWorker.get(workerId);
      const candidate = candidateId === undefined ? undefined : result.session.candidates.get(candidateId);
      if (candidate === undefined) throw new Error(`enrolment of a worker in ${sessionId} left no candidate`);
      const people = new Map([[workerId, { name, maskedIdNumber }]]);
      return setEtag(reply, result.revision).code(201).send(candidateView(candidate, people));
    },
  );

  app.get(
    '/v1/sessions/:sessionId/candidates',
    {
      schema: {
        params: SessionParamsSchema,
        querystring: CandidatePageQuerySchema,
        response: { 200: z.object({ items: z.array(CandidateViewSchema), next: z.string().nullable() }) },
      },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const { session, revision } = await sessions.load(request.params.sessionId, callerOf(request, { ifMatch: true }));
      const { after, limit } = request.query;
      // Candidate ids are zero-padded in enrolment order, so they sort as they were enrolled.
      const page = [...session.candidates.values()].filter((c) => after === undefined || c.candidateId > after);
      const candidates = page.slice(0, limit);
      const people = await personalData.openMany(candidates.map((c) => c.workerId));
      const items = candidates.map((candidate) => candidateView(candidate, people));
      const next = page.length > limit ? (candidates.at(-1)?.candidateId ?? null) : null;
      return setEtag(reply, revision).send({ items, next });
    },
  );

  app.get(
    '/v1/sessions/:sessionId/candidates/:candidateId',
    {
      schema: { params: CandidateParamsSchema, response: { 200: CandidateDetailSchema } },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const { sessionId, candidateId } = request.params;
      const caller = callerOf(request, { ifMatch: true });
      const { candidate, revision } = await sessions.candidate(sessionId, candidateId, caller);
      // The audit trail: every mark as recorded, and each correction with its reason and who made it.
      return setEtag(reply, revision).send({ ...(await view(candidate)), history: [...candidate.history] });
    },
  );

  app.put(
    '/v1/sessions/:sessionId/candidates/:candidateId/scores',
    {
      schema: { params: CandidateParamsSchema, body: PutScoresSchema, response: { 200: CandidateViewSchema } },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const caller = callerOf(request, { ifMatch: true });
      const { sessionId, candidateId } = request.params;
      const { reason, ...scores } = request.body;
      const entries: ScoreEntry[] = parts.flatMap((part) => {
        const score = scores[part];
        return score === undefined ? [] : [{ row: 1, candidate: { candidateId }, part, score, reason: reason ?? null }];
      });
      const result = await withPrecondition(caller, () => sessions.recordScores(sessionId, entries, null, caller));
      const candidate = result.session.candidates.get(candidateId);
      if (candidate === undefined) throw new Error(`candidate ${candidateId} vanished from ${sessionId}`);
      return setEtag(reply, result.revision).send(await view(candidate));
    },
  );
};

export default candidateRoutes;
