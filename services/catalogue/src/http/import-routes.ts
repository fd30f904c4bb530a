import { authorize } from '@tianfu/service-kit';
import type { SheetResult } from '@tianfu/sheets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogueCommands } from '../application/catalogue-commands.ts';
import { importSheet } from '../application/catalogue-imports.ts';
import type { ImportRow } from '../domain/import-entries.ts';
import { callerOf, setEtag } from './caller.ts';
import { ImportQuerySchema } from './entry-schemas.ts';
import { parseOccupationSheet, parseSpecialAbilitySheet, parseStandardSheet } from './sheets/index.ts';

export interface ImportRoutesOptions {
  readonly catalogue: CatalogueCommands;
}

const ImportReceiptSchema = z.object({
  rows: z.number().int(),
  /** false when the catalogue already held every row as given: nothing happened. */
  applied: z.boolean(),
  events: z.record(z.string(), z.number().int()),
  revision: z.number().int(),
});

const sheets = {
  'occupations.csv': parseOccupationSheet,
  'standards.csv': parseStandardSheet,
  'special-abilities.csv': parseSpecialAbilitySheet,
} satisfies Readonly<Record<string, (file: Buffer) => SheetResult<ImportRow>>>;

const admin = authorize({ roles: ['admin'] });
// 10,000 rows with 工种 lists stay well under this.
const maxSheetBytes = 8 * 1024 * 1024;
const sheetContentTypes = ['text/csv', 'application/csv', 'application/octet-stream'];

/** CSV imports of the 大典, of standards and of 专项职业能力: the whole file or nothing, every bad row named (422). */
const importRoutes: FastifyPluginAsyncZod<ImportRoutesOptions> = async (app, { catalogue }) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(sheetContentTypes, { parseAs: 'buffer', bodyLimit: maxSheetBytes }, (_req, body, done) =>
    done(null, body),
  );
  app.post(
    '/v1/catalogue/imports/:sheet',
    {
      schema: {
        params: z.object({ sheet: z.enum(Object.keys(sheets) as [keyof typeof sheets]) }),
        querystring: ImportQuerySchema,
        body: z.instanceof(Buffer),
        response: { 200: ImportReceiptSchema },
      },
      preHandler: admin,
    },
    async (request, reply) => {
      const parsed = sheets[request.params.sheet](request.body);
      const result = await importSheet(catalogue, parsed, request.query.reason, callerOf(request));
      const events: Record<string, number> = {};
      for (const type of result.emitted) events[type] = (events[type] ?? 0) + 1;
      const receipt = {
        rows: result.rows,
        applied: result.emitted.length > 0,
        events,
        revision: result.revision,
      };
      return setEtag(reply, result.revision).send(receipt);
    },
  );
};

export default importRoutes;
