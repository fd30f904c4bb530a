import { authorize, callerOf, setEtag, withPrecondition } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ClassEnrolment } from '../application/class-enrolment.ts';
import { ClassEnrolmentViewSchema, EnrolFromClassSchema } from './class-enrolment-schemas.ts';
import { SessionParamsSchema } from './session-schemas.ts';

export interface ClassEnrolmentRoutesOptions {
  readonly enrolFromClass: ClassEnrolment;
}

const bodyOrAuthority = authorize({ roles: ['assessment-body'] });

/** A training class's completers into a session at once (docs/domain.md §7.5), all or none. */
const classEnrolmentRoutes: FastifyPluginAsyncZod<ClassEnrolmentRoutesOptions> = async (app, { enrolFromClass }) => {
  app.post(
    '/v1/sessions/:sessionId/enrolments/from-class',
    {
      schema: {
        operationId: 'enrolClassCompleters',
        summary: "Enrol a training class's completers in a session",
        description:
          'Only completers of a completed class whose occupation and target level are the session’s; each is checked for eligibility as any enrolment is (recorded trainings and certificates count), and any refusal applies nothing, naming every refused completer by workerId and masked name. A second call adds nothing.',
        tags: ['candidates'],
        params: SessionParamsSchema,
        body: EnrolFromClassSchema,
        response: { 200: ClassEnrolmentViewSchema },
      },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const caller = callerOf(request, { ifMatch: true });
      const { sessionId } = request.params;
      const { classId, declared } = request.body;
      const declarations = declared.map((d) => ({ ...d, overrideReason: d.overrideReason ?? null }));
      const result = await withPrecondition(caller, () =>
        enrolFromClass(sessionId, { classId, declared: declarations }, caller),
      );
      const { revision, candidates, added } = result;
      return setEtag(reply, revision).send({ sessionId, classId, added, candidates: [...candidates], revision });
    },
  );
};

export default classEnrolmentRoutes;
