import { AnyCertificateNumberSchema, OccupationCodeSchema, ResidentIdNumberSchema } from '@tianfu/contracts/forms';
import { z } from 'zod';
import { zodFieldErrors } from '../../ui/field-errors.ts';

export interface SearchForm {
  readonly certificateNo: string;
  readonly idNumber: string;
  readonly bodyId: string;
  readonly occupationCode: string;
  readonly status: string;
  readonly level: string;
}

export const EMPTY_SEARCH: SearchForm = {
  certificateNo: '',
  idNumber: '',
  bodyId: '',
  occupationCode: '',
  status: '',
  level: '',
};

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/** The form checked with the API's own schemas; empty fields do not narrow. */
const FormSchema = z.object({
  certificateNo: optional(AnyCertificateNumberSchema),
  idNumber: optional(ResidentIdNumberSchema),
  bodyId: optional(z.string().trim().max(100)),
  occupationCode: optional(OccupationCodeSchema),
  status: optional(z.enum(['valid', 'suspended', 'revoked'])),
  level: optional(z.string()),
});

/** A number opens that certificate; otherwise the other fields make the search's body. */
export type SearchPlan =
  | { readonly kind: 'number'; readonly certificateNo: string }
  | { readonly kind: 'search'; readonly body: Record<string, unknown> };

export function planSearch(form: SearchForm): { plan: SearchPlan } | { errors: Record<string, string> } {
  const checked = FormSchema.safeParse(form);
  if (!checked.success) return { errors: zodFieldErrors(checked.error) };
  const { certificateNo, idNumber, ...rest } = checked.data;
  if (certificateNo !== undefined) return { plan: { kind: 'number', certificateNo } };
  const body: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (idNumber !== undefined) body.document = { idType: 'resident-id-card', idNumber };
  return { plan: { kind: 'search', body } };
}
