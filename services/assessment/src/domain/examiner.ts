import type { ExaminerRegisteredData } from '@tianfu/contracts';
import { domainError } from '@tianfu/decider';
import type { CertifiedLevel } from '@tianfu/skill-rules';
import { registerOnce } from './register-once.ts';

/** 考评员 / 高级考评员 (docs/domain.md §2.1). */
export type Examiner = ExaminerRegisteredData;
export type ExaminerState = Examiner | null;

export type ExaminerErrorCode = 'EXAMINER_ALREADY_REGISTERED' | 'EXAMINER_NOT_FOUND';

export const examinerNotFound = (examinerId: string) =>
  domainError<ExaminerErrorCode>('EXAMINER_NOT_FOUND', `examiner ${examinerId} is not registered`);

/** Whether the examiner is certified for this occupation and level. */
export const isQualified = (examiner: Examiner, occupationCode: string, level: CertifiedLevel): boolean =>
  examiner.qualifications.some((q) => q.occupationCode === occupationCode && q.levels.includes(level));

export const examinerDecider = registerOnce('assessment.ExaminerRegistered', (data: Examiner) =>
  domainError<ExaminerErrorCode>('EXAMINER_ALREADY_REGISTERED', `examiner ${data.examinerId} is already registered`),
);
