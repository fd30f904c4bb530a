import {
  BatchIdSchema,
  ClaimIdSchema,
  ClaimPayeeSchema,
  FenSchema,
  ProviderIdSchema,
  SubsidyKindSchema,
  UnifiedSocialCreditCodeSchema,
  WorkerIdSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

export const ProviderParamsSchema = z.object({ providerId: ProviderIdSchema });
export const EmployerParamsSchema = z.object({
  creditCode: UnifiedSocialCreditCodeSchema.meta({
    description: "the employer's 统一社会信用代码, its check character verified (GB 32100-2015)",
  }),
});

/** One claim paid to or made by a provider or employer: the worker it counts for, where it stands, in fen. */
const PartyClaimSchema = z.object({
  claimId: ClaimIdSchema,
  workerId: WorkerIdSchema,
  kind: SubsidyKindSchema,
  region: z.string(),
  payee: ClaimPayeeSchema,
  status: z.enum(['approved', 'rejected', 'referred']),
  amountFen: FenSchema.nullable(),
  claimedOn: z.string(),
  approvedOn: z.string().nullable(),
  batchId: BatchIdSchema.nullable(),
  paidOn: z.string().nullable(),
  clawedBackOn: z.string().nullable(),
});

export const ProviderClaimListSchema = z.object({ providerId: z.string(), claims: z.array(PartyClaimSchema) });
export const EmployerClaimListSchema = z.object({ creditCode: z.string(), claims: z.array(PartyClaimSchema) });
