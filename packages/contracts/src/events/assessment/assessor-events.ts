import { z } from 'zod';
import { defineEvent } from '../event-definition.ts';
import { bodyId, CertifiedLevelSchema, instant, occupationCode, workerId } from './fields.ts';

export const ExaminerQualificationSchema = z.object({
  occupationCode,
  levels: z.array(CertifiedLevelSchema).min(1).max(5),
});

/** 考评员 / 高级考评员, certified by the 鉴定指导中心 (docs/domain.md §2.1). */
export const ExaminerRegistered = defineEvent({
  type: 'assessment.ExaminerRegistered',
  schemaVersion: 1,
  schema: z.object({
    examinerId: z.string().min(1).max(100),
    workerId,
    grade: z.enum(['examiner', 'senior-examiner']),
    qualifications: z.array(ExaminerQualificationSchema).min(1).max(50),
    registeredAt: instant,
  }),
});
export type ExaminerRegisteredData = z.output<typeof ExaminerRegistered.schema>;

/** External supervisor card: R + issuing province (2) + year (2) + serial (4) (docs/domain.md §2.1). */
export const SupervisorCardNoSchema = z
  .string()
  .regex(
    /^R\d{8}$/,
    'an external supervisor card number is R + province (2) + year (2) + serial (4) (docs/domain.md §2.1)',
  );

/** 质量督导员: internal (内督, appointed by a body) or external (外督, by the 人社 authority) (docs/domain.md §2.1). */
export const SupervisorRegistered = defineEvent({
  type: 'assessment.SupervisorRegistered',
  schemaVersion: 1,
  schema: z.discriminatedUnion('kind', [
    z.object({
      supervisorId: z.string().min(1).max(100),
      workerId,
      kind: z.literal('internal'),
      bodyId,
      registeredAt: instant,
    }),
    z.object({
      supervisorId: z.string().min(1).max(100),
      workerId,
      kind: z.literal('external'),
      cardNo: SupervisorCardNoSchema,
      registeredAt: instant,
    }),
  ]),
});
export type SupervisorRegisteredData = z.output<typeof SupervisorRegistered.schema>;
