import type { SealedName } from '@tianfu/contracts';
import type { PersonalDataPort } from '@tianfu/service-kit';
import { authorize, callerOf, setEtag } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SessionAccess } from '../application/session-access.ts';
import type { SessionCommands, SessionResult } from '../application/session-commands.ts';
import { acceptedRows } from '../application/sheet-rows.ts';
import { parseEnrolmentSheet, parseScoreSheet, sheetHash } from './csv/index.ts';
import { SessionParamsSchema } from './session-schemas.ts';

export interface SheetRoutesOptions {
  readonly sessions: SessionCommands;
  readonly access: SessionAccess;
  readonly personalData: PersonalDataPort;
}

const SheetReceiptSchema = z.object({
  sessionId: z.string(),
  fileHash: z.string(),
  rows: z.number().int(),
  /** false when this very file was applied before: nothing happened this time. */
  applied: z.boolean(),
  events: z.record(z.string(), z.number().int()),
  revision: z.number().int(),
});

const bodyOrAuthority = authorize({ roles: ['assessment-body'] });
// 10,000 rows of a dozen columns stay well under this.
const maxSheetBytes = 8 * 1024 * 1024;
const sheetContentTypes = ['text/csv', 'application/csv', 'application/octet-stream'];

function receipt(sessionId: string, fileHash: string, rows: number, result: SessionResult) {
  const events: Record<string, number> = {};
  for (const type of result.emitted) events[type] = (events[type] ?? 0) + 1;
  return { sessionId, fileHash, rows, applied: result.emitted.length > 0, events, revision: result.revision };
}

/** Bulk CSV of one session: validated whole first, any bad row → 422 and nothing applied; once per file. */
const sheetRoutes: FastifyPluginAsyncZod<SheetRoutesOptions> = async (app, { sessions, access, personalData }) => {
  // A sheet is CSV: JSON sent here is 415 like any other type these routes do not take.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(sheetContentTypes, { parseAs: 'buffer', bodyLimit: maxSheetBytes }, (_req, body, done) =>
    done(null, body),
  );
  const schema = { params: SessionParamsSchema, body: z.instanceof(Buffer), response: { 200: SheetReceiptSchema } };

  app.post('/v1/sessions/:sessionId/scores.csv', { schema, preHandler: bodyOrAuthority }, async (request, reply) => {
    const caller = callerOf(request, { ifMatch: true });
    const { sessionId } = request.params;
    const rows = acceptedRows(parseScoreSheet(request.body));
    const entries = rows.map(({ row, candidate, part, score }) => ({
      row,
      candidate: 'candidateId' in candidate ? candidate : { workerId: personalData.identify(candidate).workerId },
      part,
      score,
      reason: null,
    }));
    const fileHash = sheetHash(request.body);
    const result = await sessions.recordScores(sessionId, entries, fileHash, caller);
    return setEtag(reply, result.revision).send(receipt(sessionId, fileHash, rows.length, result));
  });

  app.post(
    '/v1/sessions/:sessionId/candidates.csv',
    { schema, preHandler: bodyOrAuthority },
    async (request, reply) => {
      const caller = callerOf(request, { ifMatch: true });
      const { sessionId } = request.params;
      const { occupationCode } = await access.checkSession(sessionId, caller, 'write');
      const rows = acceptedRows(parseEnrolmentSheet(request.body, { occupationCode }));
      const people = rows.map(({ row, document, name, background }) => {
        const { workerId } = personalData.identify(document);
        return { row, workerId, name, background };
      });
      // One call for the whole sheet; a repeat seals anew, but only the file hash decides a repeat.
      const holderNames = await personalData.sealNames(people);
      const entries = people.map(({ row, workerId, background }, i) => ({
        row,
        workerId,
        holderName: holderNames[i] as SealedName,
        background,
        overrideReason: null,
      }));
      const fileHash = sheetHash(request.body);
      const result = await sessions.enrol(sessionId, entries, fileHash, caller);
      // Sealed after the enrolment (and again on a repeat), so a refused sheet leaves no personal data.
      await personalData.sealMany(rows.map(({ document, name }) => ({ ...document, name })));
      return setEtag(reply, result.revision).send(receipt(sessionId, fileHash, rows.length, result));
    },
  );
};

export default sheetRoutes;
