import { fileURLToPath } from 'node:url';
import {
  AgreeApprenticeshipSchema,
  type AnyEventDefinition,
  ApprenticeshipAgreed,
  ApprenticeshipCompleted,
  ApprenticeshipProgressRecorded,
  ApprenticeshipTerminated,
  AttendanceCorrected,
  AttendanceVoided,
  ClassFiled,
  CompleteApprenticeshipSchema,
  CorrectAttendanceSchema,
  EnrolTraineeSchema,
  FileClassSchema,
  FilePastClassSchema,
  GradeProviderSchema,
  IssueVoucherSchema,
  ProviderGraded,
  ProviderRegistered,
  ProviderReinstated,
  ProviderRemoved,
  ProviderStatusChangeSchema,
  ProviderSuspended,
  RecordApprenticeshipProgressSchema,
  RegisterProviderSchema,
  SignInSchema,
  TerminateApprenticeshipSchema,
  trainingEvents,
  VoidAttendanceSchema,
} from '@tianfu/contracts';
import { freeTextSuite } from '@tianfu/testing';
import { apprenticeshipBody } from './apprenticeship-fixtures.ts';
import { classBody, providerBody } from './http-fixtures.ts';

const at = (event: AnyEventDefinition, path: string) => ({ event, path });
const document = { idType: 'resident-id-card', idNumber: '513101198201130014' };
// A sheet is parsed row by row with its JSON route's schema, declared there.
const sheet = { body: null };

freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    'POST /v1/providers': {
      body: RegisterProviderSchema,
      sample: providerBody('p-1'),
      text: { name: [at(ProviderRegistered, 'name')] },
    },
    'POST /v1/providers/:providerId/grades': {
      body: GradeProviderSchema,
      sample: { grade: 'A', gradedOn: '2025-01-10', assessor: '省职业技能鉴定指导中心', validUntil: '2027-12-31' },
      text: { assessor: [at(ProviderGraded, 'assessor')] },
    },
    // suspend, reinstate and remove, declared in one loop.
    'POST /v1/providers/:providerId/${path}': {
      body: ProviderStatusChangeSchema,
      sample: { reason: '双随机检查' },
      text: {
        reason: [at(ProviderSuspended, 'reason'), at(ProviderReinstated, 'reason'), at(ProviderRemoved, 'reason')],
      },
    },
    'POST /v1/providers/:providerId/classes': {
      body: FileClassSchema,
      sample: classBody('c-1'),
      text: { name: [at(ClassFiled, 'name')] },
    },
    'POST /v1/providers/:providerId/past-classes': {
      body: FilePastClassSchema,
      sample: { ...classBody('c-2'), reason: '2023 年纸质台账补录' },
      text: { name: [at(ClassFiled, 'name')], reason: [at(ClassFiled, 'lateFiling.reason')] },
    },
    'POST /v1/classes/:classId/past-roster.csv': sheet,
    'POST /v1/classes/:classId/enrolments': {
      body: EnrolTraineeSchema,
      sample: { document, name: '张三', targetGroups: ['rural-migrant'], voucherId: 'V-1' },
      // Sealed under the worker's key, never copied in clear (docs/domain.md §7.2).
      text: { name: [{ only: 'sealed as holderName' }] },
    },
    'POST /v1/classes/:classId/enrolments.csv': sheet,
    'POST /v1/classes/:classId/sign-ins': {
      body: SignInSchema,
      sample: { document, sittingId: 's1', signedAt: '2025-03-10T09:05:00+08:00' },
    },
    'POST /v1/classes/:classId/sign-ins.csv': sheet,
    'POST /v1/classes/:classId/attendance/corrections': {
      body: CorrectAttendanceSchema,
      sample: { document, sittingId: 's1', hours: 2, reason: '迟到' },
      text: { reason: [at(AttendanceCorrected, 'reason')] },
    },
    'POST /v1/classes/:classId/attendance/voids': {
      body: VoidAttendanceSchema,
      sample: { document, sittingId: 's1', reason: '代签' },
      text: { reason: [at(AttendanceVoided, 'reason')] },
    },
    'POST /v1/classes/:classId/completion': { body: null },
    'POST /v1/vouchers': {
      body: IssueVoucherSchema,
      sample: {
        voucherId: 'V-1',
        document,
        kind: 'employment',
        regionCode: '510100',
        issuedOn: '2025-01-01',
        expiresOn: '2025-12-31',
      },
    },
    'POST /v1/apprenticeships': {
      body: AgreeApprenticeshipSchema,
      sample: apprenticeshipBody('ap-1', 'p-1'),
      text: {
        'employer.name': [at(ApprenticeshipAgreed, 'employer.name')],
        name: [{ only: 'sealed under the worker key before anything keeps it' }],
        mentorName: [{ only: "sealed under the apprentice's key before anything keeps it" }],
        teacherName: [{ only: "sealed under the apprentice's key before anything keeps it" }],
      },
    },
    'POST /v1/apprenticeships/:apprenticeshipId/progress': {
      body: RecordApprenticeshipProgressSchema,
      sample: { progressId: 'p1', on: '2025-06-01', stage: '岗位实操', hours: 40 },
      text: { stage: [at(ApprenticeshipProgressRecorded, 'stage')] },
    },
    'POST /v1/apprenticeships/:apprenticeshipId/complete': {
      body: CompleteApprenticeshipSchema,
      sample: { completedOn: '2026-12-31', reason: '提前取得证书' },
      text: { reason: [at(ApprenticeshipCompleted, 'reason')] },
    },
    'POST /v1/apprenticeships/:apprenticeshipId/terminate': {
      body: TerminateApprenticeshipSchema,
      sample: { terminatedOn: '2026-01-31', reason: '解除劳动合同' },
      text: { reason: [at(ApprenticeshipTerminated, 'reason')] },
    },
  },
  events: trainingEvents,
  carries: [{ from: at(ApprenticeshipAgreed, 'employer.name'), to: at(ApprenticeshipCompleted, 'employerName') }],
  generated: {
    'training.ClassCompleted rule.source': 'copied from the completion rule data, parsed by its text() schema',
    'training.ClassCompleted rule.clause': 'copied from the completion rule data, parsed by its text() schema',
    'training.VoucherReleased reason': 'a fixed sentence of the platform',
    'training.ApprenticeshipAgreed durationRule.source': 'the duration rule data, parsed by its schema',
    'training.ApprenticeshipAgreed durationRule.clause': 'the duration rule data, parsed by its schema',
  },
  identifiers: ['certificateNo', 'ruleId', 'progressId'],
});
