import {
  BodyIdSchema,
  ExaminerQualificationSchema,
  IdDocumentSchema,
  PersonNameSchema,
  SupervisorCardNoSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

const person = { document: IdDocumentSchema, name: PersonNameSchema };

export const RegisterExaminerSchema = z.strictObject({
  examinerId: BodyIdSchema,
  ...person,
  grade: z.enum(['examiner', 'senior-examiner']),
  qualifications: z.array(ExaminerQualificationSchema).min(1).max(50),
});

export const RegisterSupervisorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ supervisorId: BodyIdSchema, ...person, kind: z.literal('internal'), bodyId: BodyIdSchema }),
  z.strictObject({
    supervisorId: BodyIdSchema,
    ...person,
    kind: z.literal('external'),
    cardNo: SupervisorCardNoSchema,
  }),
]);

export const ExaminerViewSchema = z.object({
  examinerId: z.string(),
  workerId: z.string(),
  maskedIdNumber: z.string().optional(),
  grade: z.enum(['examiner', 'senior-examiner']),
  qualifications: z.array(ExaminerQualificationSchema),
  registeredAt: z.string(),
});

export const SupervisorViewSchema = z.object({
  supervisorId: z.string(),
  workerId: z.string(),
  maskedIdNumber: z.string().optional(),
  kind: z.enum(['internal', 'external']),
  bodyId: z.string().optional(),
  cardNo: z.string().optional(),
  registeredAt: z.string(),
});

export const ExaminerParamsSchema = z.object({ examinerId: BodyIdSchema });
export const SupervisorParamsSchema = z.object({ supervisorId: BodyIdSchema });
