import { z } from 'zod';
import { IdDocumentSchema } from '../identity/id-document.ts';

const day = (field: string) => z.iso.date(`${field}: a date YYYY-MM-DD`);

/**
 * One period of 失业保险 as the social-insurance registry reports it (docs/domain.md §7.9, 技能提升补贴):
 * the insured person's document, the day the insurance began and, once it ended, the day it ended.
 * The route's rows and each row of the registry's sheet alike; the document becomes the workerId at
 * the edge and is never kept.
 */
export const InsurancePeriodRowSchema = z
  .strictObject({
    document: IdDocumentSchema,
    insuredSince: day('insuredSince'),
    insuredUntil: day('insuredUntil').optional(),
  })
  .refine((row) => row.insuredUntil === undefined || row.insuredUntil >= row.insuredSince, {
    message: 'insuredUntil is on or after insuredSince',
    path: ['insuredUntil'],
  });
export type InsurancePeriodRow = z.output<typeof InsurancePeriodRowSchema>;

/** An import of the registry's periods by JSON: the same rows as its sheet, all applied or none. */
export const InsuranceImportSchema = z.strictObject({
  rows: z.array(InsurancePeriodRowSchema).min(1).max(10_000),
});
export type InsuranceImportRequest = z.input<typeof InsuranceImportSchema>;
