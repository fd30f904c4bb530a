import { callerOf, type PersonalDataVault, setEtag } from '@tianfu/service-kit';
import { sheetHash } from '@tianfu/sheets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RosterCommands } from '../application/roster-commands.ts';
import { rosterReceipt } from '../application/roster-views.ts';
import { sealedEnrollees } from '../application/sealed-enrollees.ts';
import { acceptedRows } from '../application/sheet-rows.ts';
import { classReaders, officeOnly } from './access.ts';
import { parseEnrolmentSheet } from './csv/enrolment-sheet.ts';
import { parsePastRosterSheet } from './csv/past-roster-sheet.ts';
import { parseSignInSheet } from './csv/sign-in-sheet.ts';
import { RosterParamsSchema, RosterReceiptSchema } from './roster-schemas.ts';

export interface RosterSheetRoutesOptions {
  readonly rosters: RosterCommands;
  readonly personalData: PersonalDataVault;
}

// 10,000 rows of a few columns stay well under this.
const maxSheetBytes = 8 * 1024 * 1024;
const sheetContentTypes = ['text/csv', 'application/csv', 'application/octet-stream'];

/**
 * A provider's CSV sheets of one class: enrolments and sign-ins, each applied once per file; and the
 * office's 补录 sheet of a late-filed class's whole roster.
 */
const rosterSheetRoutes: FastifyPluginAsyncZod<RosterSheetRoutesOptions> = async (app, { rosters, personalData }) => {
  // A sheet is CSV: JSON sent here is 415 like any other type these routes do not take.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(sheetContentTypes, { parseAs: 'buffer', bodyLimit: maxSheetBytes }, (_req, body, done) =>
    done(null, body),
  );
  const sheet = { params: RosterParamsSchema, body: z.instanceof(Buffer), response: { 200: RosterReceiptSchema } };

  app.post(
    '/v1/classes/:classId/enrolments.csv',
    {
      schema: {
        operationId: 'uploadEnrolmentSheet',
        summary: 'Enrol a sheet of trainees: all rows or none, every bad row named with its line',
        tags: ['enrolments'],
        ...sheet,
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { classId } = request.params;
      const rows = acceptedRows(parseEnrolmentSheet(request.body));
      const people = rows.map((row) => ({ ...row, workerId: personalData.identify(row.document).workerId }));
      const enrollees = await sealedEnrollees(personalData, people);
      const result = await rosters.enrol(classId, enrollees, sheetHash(request.body), caller);
      // Kept once enrolled, for the masked numbers in the list: a refused sheet leaves no records.
      await personalData.sealMany(rows.map(({ document, name }) => ({ ...document, name })));
      return setEtag(reply, result.revision).send(rosterReceipt(classId, result));
    },
  );

  app.post(
    '/v1/classes/:classId/sign-ins.csv',
    {
      schema: {
        operationId: 'uploadSignInSheet',
        summary: "Record a provider's sheet of sign-ins: all rows or none, every bad row named with its line",
        tags: ['attendance'],
        ...sheet,
      },
      preHandler: classReaders,
    },
    async (request, reply) => {
      const { classId } = request.params;
      const entries = acceptedRows(parseSignInSheet(request.body)).map(({ row, document, sittingId, signedAt }) => ({
        row,
        workerId: personalData.identify(document).workerId,
        sittingId,
        signedAt,
      }));
      const upload = { entries, deviceId: null, sheetHash: sheetHash(request.body) };
      const result = await rosters.signIn(classId, upload, callerOf(request));
      return setEtag(reply, result.revision).send(rosterReceipt(classId, result));
    },
  );

  app.post(
    '/v1/classes/:classId/past-roster.csv',
    {
      schema: {
        operationId: 'uploadPastRosterSheet',
        summary:
          'Record the roster of a class filed late (补录): enrolments on their days, attendance, completion; the training office only',
        tags: ['enrolments'],
        ...sheet,
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const { classId } = request.params;
      const rows = acceptedRows(parsePastRosterSheet(request.body));
      const people = rows.map((row) => ({ ...row, workerId: personalData.identify(row.document).workerId }));
      const sealed = await sealedEnrollees(
        personalData,
        people.map((p) => ({ ...p, voucherId: null })),
      );
      const trainees = sealed.map(({ row, workerId, holderName, targetGroups }, i) => {
        const { enrolledOn, attended } = rows[i] as (typeof rows)[number];
        return { row, workerId, holderName, targetGroups, enrolledOn, attended };
      });
      const result = await rosters.recordPast(classId, trainees, sheetHash(request.body), callerOf(request));
      await personalData.sealMany(rows.map(({ document, name }) => ({ ...document, name })));
      return setEtag(reply, result.revision).send(rosterReceipt(classId, result));
    },
  );
};

export default rosterSheetRoutes;
