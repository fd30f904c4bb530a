import {
  CertifiedLevelSchema,
  ClassIdSchema,
  DeliveryModelSchema,
  ProviderIdSchema,
  ProviderKindSchema,
  TerminationReasonCodeSchema,
  TrainingBrandSchema,
  TrainingItemSchema,
  TrainingKindSchema,
} from '@tianfu/contracts';
import { z } from 'zod';
import { list } from './answer-lists.ts';

const date = z.string().meta({ description: 'YYYY-MM-DD' });

const ClassSchema = z.object({
  name: z.string(),
  item: TrainingItemSchema,
  itemName: z.string().nullable().meta({ description: 'the occupation’s name in the catalogue; null for others' }),
  targetLevel: CertifiedLevelSchema.nullable(),
  kind: TrainingKindSchema,
  deliveryModel: DeliveryModelSchema,
  brand: TrainingBrandSchema.nullable(),
  subsidised: z.boolean().meta({ description: '补贴性' }),
  firstDay: date,
  lastDay: date,
  hours: z.number().meta({ description: 'theory and practice over every sitting' }),
});

const ProviderSchema = z.object({
  name: z.string(),
  kind: ProviderKindSchema,
  regionCode: z.string(),
});

const ClassEntrySchema = z.object({
  entry: z.literal('class'),
  classId: ClassIdSchema,
  enrolmentId: z.string(),
  enrolledOn: date,
  providerId: ProviderIdSchema,
  class: ClassSchema.nullable().meta({ description: 'null until the class’s filing has reached career' }),
  provider: ProviderSchema.nullable().meta({
    description: 'null until the provider’s registration has reached career',
  }),
  result: z.enum(['in-progress', 'completed', 'not-completed']),
  attendedHours: z.number().nullable().meta({ description: 'the hours the completion counted; null before it' }),
  completedOn: date.nullable(),
  certificateNo: z.string().nullable().meta({ description: 'the provider’s 培训合格证书 number, for a completer' }),
});

const ApprenticeshipEntrySchema = z.object({
  entry: z.literal('apprenticeship'),
  apprenticeshipId: z.string(),
  employer: z.object({ name: z.string(), regionCode: z.string() }),
  providerId: ProviderIdSchema,
  provider: ProviderSchema.nullable().meta({
    description: 'null until the provider’s registration has reached career',
  }),
  occupationCode: z.string(),
  occupationName: z.string().nullable().meta({ description: 'the occupation’s name in the catalogue' }),
  targetLevel: CertifiedLevelSchema,
  startsOn: date,
  plannedEndOn: date,
  status: z.enum(['active', 'completed', 'terminated']),
  endedOn: date.nullable().meta({ description: 'the day it completed or was terminated (解除)' }),
  endReasonCode: TerminationReasonCodeSchema.nullable().meta({ description: 'why it was terminated' }),
  progress: list(z.object({ on: date, hours: z.number() })).meta({ description: 'dated steps, oldest first' }),
  trainedHours: z.number().meta({ description: 'the hours of every step of progress' }),
});

/** The lifelong training record (终身职业技能培训电子档案): every class enrolled in and every apprenticeship, newest first. */
export const TrainingRecordAnswerSchema = z.object({
  workerId: z.string(),
  entries: list(ClassEntrySchema).meta({
    description: 'each entry names what it is (`entry`): `class` for a training class (培训班)',
  }),
  apprenticeships: list(ApprenticeshipEntrySchema).meta({
    description: '企业新型学徒制 apprenticeships (`entry`: `apprenticeship`), by their first day, newest first',
  }),
});
