import { OccupationCodeSchema } from '@tianfu/contracts/forms';
import { z } from 'zod';

/** The list's filters as the form holds them: text, empty when not set. */
export interface SessionFilterForm {
  readonly bodyId: string;
  readonly status: '' | 'scheduled' | 'closed';
  readonly occupationCode: string;
  readonly from: string;
  readonly to: string;
}

export const emptyFilters: SessionFilterForm = { bodyId: '', status: '', occupationCode: '', from: '', to: '' };

const day = z.iso.date();

/** The filters checked as `GET /v1/sessions` checks its query: the same occupation code and date rules. */
export const SessionFilterSchema = z
  .object({
    bodyId: z.string().trim().max(64).optional(),
    status: z.enum(['scheduled', 'closed']).optional(),
    occupationCode: OccupationCodeSchema.optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    message: 'to_before_from',
    path: ['to'],
  });

export type SessionFilters = z.output<typeof SessionFilterSchema>;

/** The form's values without the empty ones, as the query takes them. */
export const setFilters = (form: SessionFilterForm): Record<string, string> =>
  Object.fromEntries(Object.entries(form).filter(([, value]) => value.trim() !== ''));
