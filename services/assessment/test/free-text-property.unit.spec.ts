import { fileURLToPath } from 'node:url';
import {
  assessmentEvents,
  BodyRegistered,
  BodyReinstated,
  BodySuspended,
  CandidateEnrolled,
  CandidateFailed,
  CandidatePassed,
  FilingWithdrawn,
  OccupationFiled,
  PartScoreCorrected,
  RegisterBodySchema,
  SessionAmended,
  SessionScheduled,
} from '@tianfu/contracts';
import { freeTextSuite, residentIdNumber } from '@tianfu/testing';
import { RegisterExaminerSchema, RegisterSupervisorSchema } from '../src/http/assessor-schemas.ts';
import { FileOccupationSchema, StatusChangeSchema } from '../src/http/body-schemas.ts';
import { EnrolFromClassSchema } from '../src/http/class-enrolment-schemas.ts';
import {
  AmendSessionSchema,
  EnrolCandidateSchema,
  PutScoresSchema,
  ScheduleSessionSchema,
} from '../src/http/session-schemas.ts';
import { validBody } from './fixtures.ts';

const sealed = { only: 'sealed under the worker key before anything keeps it' };
const document = { idType: 'resident-id-card', idNumber: residentIdNumber(1) };
const plan = { sessionId: 's-1', bodyId: 'b-1', occupationCode: '6-31-01-03', level: 'level3', date: '2025-06-20' };
const at = (event: Parameters<typeof freeTextSuite>[0]['events'][number], path: string) => ({ event, path });

freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    'POST /v1/bodies': {
      body: RegisterBodySchema,
      sample: { bodyId: 'b-1', ...validBody },
      text: { name: [at(BodyRegistered, 'name')] },
    },
    'POST /v1/bodies/:bodyId/${action}': {
      body: StatusChangeSchema,
      sample: { reason: '滥发证' },
      text: { reason: [at(BodySuspended, 'reason'), at(BodyReinstated, 'reason')] },
    },
    'PUT /v1/bodies/:bodyId/occupations/:occupationCode': {
      body: FileOccupationSchema.body,
      sample: { standardVersion: '2018', levels: ['level3'] },
      text: { standardVersion: [at(OccupationFiled, 'standardVersion')] },
    },
    'POST /v1/bodies/:bodyId/occupations/:occupationCode/withdraw': {
      body: StatusChangeSchema,
      sample: { reason: '考评质量不达标' },
      text: { reason: [at(FilingWithdrawn, 'reason')] },
    },
    'POST /v1/examiners': {
      body: RegisterExaminerSchema,
      sample: {
        examinerId: 'e-1',
        document,
        name: '王考评',
        grade: 'examiner',
        qualifications: [{ occupationCode: '6-31-01-03', levels: ['level3'] }],
      },
      text: { name: [sealed] },
    },
    'POST /v1/supervisors': {
      body: RegisterSupervisorSchema,
      sample: { supervisorId: 'sv-1', document, name: '李督导', kind: 'internal', bodyId: 'b-1' },
      text: { name: [sealed] },
    },
    'POST /v1/sessions': {
      body: ScheduleSessionSchema,
      sample: { ...plan, venue: '某地', examinerIds: ['e-1'], supervisorId: 'sv-1' },
      text: { workType: [at(SessionScheduled, 'workType')], venue: [at(SessionScheduled, 'venue')] },
    },
    'PATCH /v1/sessions/:sessionId': {
      body: AmendSessionSchema,
      sample: { venue: '别处', reason: '考点调整' },
      text: { venue: [at(SessionAmended, 'venue')], reason: [at(SessionAmended, 'reason')] },
    },
    'POST /v1/sessions/:sessionId/close': { body: null },
    'POST /v1/sessions/:sessionId/candidates': {
      body: EnrolCandidateSchema,
      sample: {
        document,
        name: '张三',
        background: {
          yearsInOccupation: 3,
          heldLevels: [
            { level: 'level4', occupationCode: '6-31-01-03', obtainedOn: '2019-05-01', certificateNo: null },
          ],
        },
        overrideReason: '特殊人才',
      },
      text: {
        name: [sealed],
        overrideReason: [at(CandidateEnrolled, 'eligibility.reason')],
        'background.heldLevels.*.certificateNo': [{ only: 'read by the eligibility rules' }],
      },
    },
    'POST /v1/sessions/:sessionId/enrolments/from-class': {
      body: EnrolFromClassSchema,
      sample: {
        classId: 'C-2025-017',
        declared: [
          {
            workerId: 'a'.repeat(64),
            background: {
              yearsInOccupation: 3,
              heldLevels: [
                { level: 'level4', occupationCode: '6-31-01-03', obtainedOn: '2019-05-01', certificateNo: null },
              ],
            },
            overrideReason: '特殊人才',
          },
        ],
      },
      text: {
        'declared.*.overrideReason': [at(CandidateEnrolled, 'eligibility.reason')],
        'declared.*.background.heldLevels.*.certificateNo': [{ only: 'read by the eligibility rules' }],
      },
    },
    'PUT /v1/sessions/:sessionId/candidates/:candidateId/scores': {
      body: PutScoresSchema,
      sample: { theory: 80, reason: '复核更正' },
      text: { reason: [at(PartScoreCorrected, 'reason')] },
    },
    // Sheets: an enrolment row is parsed by EnrolCandidateSchema (above); a score sheet holds no free text.
    'POST /v1/sessions/:sessionId/candidates.csv': { body: null },
    'POST /v1/sessions/:sessionId/scores.csv': { body: null },
  },
  events: assessmentEvents,
  carries: [
    { from: at(BodyRegistered, 'name'), to: at(SessionScheduled, 'bodyName') },
    { from: at(OccupationFiled, 'standardVersion'), to: at(SessionScheduled, 'standardVersion') },
    ...[CandidatePassed, CandidateFailed].flatMap((outcome) => [
      { from: at(SessionScheduled, 'bodyName'), to: at(outcome, 'bodyName') },
      { from: at(SessionScheduled, 'workType'), to: at(outcome, 'workType') },
    ]),
  ],
  generated: {
    'assessment.CandidateEnrolled eligibility.summary': 'the eligibility rules’ own words, cut by clipText',
  },
  identifiers: ['bodyId', 'sessionId', 'candidateId', 'examinerId', 'supervisorId', 'ruleId'],
});
