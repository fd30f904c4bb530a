import { EnrolTraineeSchema } from '@tianfu/contracts';
import { callerOf, type PersonalDataVault, setEtag } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RosterCommands } from '../application/roster-commands.ts';
import { enrolmentViews, rosterReceipt } from '../application/roster-views.ts';
import { sealedEnrollees } from '../application/sealed-enrollees.ts';
import { classReaders } from './access.ts';
import { EnrolmentListSchema, RosterParamsSchema, RosterReceiptSchema } from './roster-schemas.ts';

export interface EnrolmentRoutesOptions {
  readonly rosters: RosterCommands;
  readonly personalData: PersonalDataVault;
}

/** 实名制 enrolment, one at a time, and the class's trainees for its provider and the office (docs/domain.md §7.2). */
const enrolmentRoutes: FastifyPluginAsyncZod<EnrolmentRoutesOptions> = async (app, { rosters, personalData }) => {
  app.post(
    '/v1/classes/:classId/enrolments',
    {
      schema: {
        operationId: 'enrolTrainee',
        summary: 'Enrol a trainee in a class under their real identity, redeeming a voucher if given',
        tags: ['enrolments'],
        params: RosterParamsSchema,
        body: EnrolTraineeSchema,
        response: { 201: RosterReceiptSchema },
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { document, name, targetGroups, voucherId } = request.body;
      const { workerId } = personalData.identify(document);
      const person = { row: 1, workerId, name, targetGroups, voucherId: voucherId ?? null };
      const { classId } = request.params;
      const result = await rosters.enrol(classId, await sealedEnrollees(personalData, [person]), null, caller);
      // Kept once enrolled, for the masked number in the list: a refused enrolment leaves no record.
      await personalData.seal({ ...document, name });
      return setEtag(reply, result.revision).code(201).send(rosterReceipt(classId, result));
    },
  );

  app.get(
    '/v1/classes/:classId/enrolments',
    {
      schema: {
        operationId: 'listEnrolments',
        summary: "List a class's trainees with their attendance and outcome",
        tags: ['enrolments'],
        params: RosterParamsSchema,
        response: { 200: EnrolmentListSchema },
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const { classId } = request.params;
      const loaded = await rosters.load(classId, callerOf(request));
      const items = await enrolmentViews(personalData, loaded);
      const { facts, rule, revision } = loaded;
      const answer = { classId, capacity: facts.capacity, completionRule: rule, items, revision };
      return setEtag(reply, loaded.revision).send(answer);
    },
  );
};

export default enrolmentRoutes;
