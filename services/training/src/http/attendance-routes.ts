import {
  CorrectAttendanceSchema,
  DeviceIdSchema,
  type IdDocument,
  SignInSchema,
  VoidAttendanceSchema,
} from '@tianfu/contracts';
import { callerOf, type PersonalDataVault, setEtag } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RosterCommands } from '../application/roster-commands.ts';
import { rosterReceipt } from '../application/roster-views.ts';
import { classReaders } from './access.ts';
import { CompletionViewSchema, RosterParamsSchema, RosterReceiptSchema } from './roster-schemas.ts';

export interface AttendanceRoutesOptions {
  readonly rosters: RosterCommands;
  readonly personalData: Pick<PersonalDataVault, 'identify'>;
}

// The device that read the card, as its provider names it.
const DeviceSignInSchema = SignInSchema.extend({ deviceId: DeviceIdSchema.optional() });

/** Attendance as an append-only log (sign-in, correction, void) and completion (docs/domain.md §7.4–7.5). */
const attendanceRoutes: FastifyPluginAsyncZod<AttendanceRoutesOptions> = async (app, { rosters, personalData }) => {
  const workerOf = (document: IdDocument) => personalData.identify(document).workerId;
  const tags = ['attendance'];
  const answers = { params: RosterParamsSchema, response: { 200: RosterReceiptSchema } };

  app.post(
    '/v1/classes/:classId/sign-ins',
    {
      schema: {
        operationId: 'signIn',
        summary: 'Sign a trainee in at a sitting, from a device (a retry of the same sign-in is a no-op)',
        tags,
        body: DeviceSignInSchema,
        ...answers,
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const { document, sittingId, signedAt, deviceId } = request.body;
      const entries = [{ row: 1, workerId: workerOf(document), sittingId, signedAt }];
      const { classId } = request.params;
      const sheet = { entries, deviceId: deviceId ?? null, sheetHash: null };
      const result = await rosters.signIn(classId, sheet, callerOf(request));
      return setEtag(reply, result.revision).send(rosterReceipt(classId, result));
    },
  );

  app.post(
    '/v1/classes/:classId/attendance/corrections',
    {
      schema: {
        operationId: 'correctAttendance',
        summary: 'Set the hours a trainee attended at a sitting, with a reason',
        tags,
        body: CorrectAttendanceSchema,
        ...answers,
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const { document, ...correction } = request.body;
      const { classId } = request.params;
      const result = await rosters.correct(classId, { ...correction, workerId: workerOf(document) }, callerOf(request));
      return setEtag(reply, result.revision).send(rosterReceipt(classId, result));
    },
  );

  app.post(
    '/v1/classes/:classId/attendance/voids',
    {
      schema: {
        operationId: 'voidAttendance',
        summary: "Withdraw a trainee's sign-in at a sitting, with a reason",
        tags,
        body: VoidAttendanceSchema,
        ...answers,
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const { document, ...withdrawal } = request.body;
      const { classId } = request.params;
      const result = await rosters.void(classId, { ...withdrawal, workerId: workerOf(document) }, callerOf(request));
      return setEtag(reply, result.revision).send(rosterReceipt(classId, result));
    },
  );

  app.post(
    '/v1/classes/:classId/completion',
    {
      schema: {
        operationId: 'completeClass',
        summary: 'Complete a class after its last sitting: each trainee completes or not by attended share',
        tags,
        params: RosterParamsSchema,
        response: { 200: CompletionViewSchema },
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const { classId } = request.params;
      const result = await rosters.complete(classId, callerOf(request));
      const completed = result.roster.completed;
      if (completed === null) throw new Error(`completing class ${classId} recorded no completion`);
      const { completedOn, completers, nonCompleters, rule } = completed;
      const answer = { ...rosterReceipt(classId, result), completedOn, completers, nonCompleters, rule };
      return setEtag(reply, result.revision).send(answer);
    },
  );
};

export default attendanceRoutes;
