import { type SealedName, SealedNameSchema } from '@tianfu/contracts';
import type { CandidateBackground, CertifiedLevel } from '@tianfu/skill-rules';
import type { EvaluationBody } from '../src/domain/evaluation-body.ts';
import type { SessionEvent } from '../src/domain/exam-session-state.ts';
import type { Examiner } from '../src/domain/examiner.ts';
import type { Supervisor } from '../src/domain/quality-supervisor.ts';
import { NOW, validBody } from './fixtures.ts';

export const at = NOW.toISOString();
export const workerOf = (n: number): string => n.toString(16).padStart(64, '0');
export const sessionId = 'cd-2025-elec-3';
/** The form of worker n's name sealed under a key: the deciders carry it, only the vault opens it. */
export const holderNameOf = (n: number): SealedName =>
  SealedNameSchema.parse(
    `n1.00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}.${'A'.repeat(16)}.${'B'.repeat(22)}.5byg5LiJ`,
  );

/** A body that filed 电工 (6-31-01-03, 2018 standard, template A) at 三级, 二级 and 一级. */
export const body: EvaluationBody = {
  bodyId: 'chengdu-tech',
  ...validBody,
  kind: 'Y',
  category: 'employer',
  registeredAt: at,
  status: 'active',
  statusReason: null,
  filings: [
    { occupationCode: '6-31-01-03', standardVersion: '2018', levels: ['level3', 'level2', 'level1'], filedAt: at },
  ],
};

const qualifications = [
  { occupationCode: '6-31-01-03', levels: ['level3', 'level2', 'level1'] as Examiner['qualifications'][0]['levels'] },
];
export const examiner: Examiner = {
  examinerId: 'ex-1',
  workerId: workerOf(9001),
  grade: 'examiner',
  qualifications,
  registeredAt: at,
};
export const seniorExaminer: Examiner = {
  ...examiner,
  examinerId: 'ex-2',
  workerId: workerOf(9002),
  grade: 'senior-examiner',
};
export const supervisor: Supervisor = {
  supervisorId: 'sv-1',
  workerId: workerOf(9003),
  kind: 'external',
  cardNo: 'R51250001',
  registeredAt: at,
};

export const plan = {
  sessionId,
  occupationCode: '6-31-01-03',
  workType: '--',
  level: 'level3' as CertifiedLevel,
  date: '2025-06-20',
  venue: '成都市武侯区某实训基地',
  scheduledAt: at,
};

export const scheduled: SessionEvent = {
  type: 'assessment.SessionScheduled',
  data: {
    ...plan,
    bodyId: body.bodyId,
    filingNo: body.filingNo,
    bodyName: body.name,
    standardVersion: '2018',
    examiners: [{ examinerId: examiner.examinerId, workerId: examiner.workerId, grade: 'examiner' }],
    supervisorId: supervisor.supervisorId,
    parts: ['theory', 'practical'],
  },
};

/** 四级 held since 2019 with 6 years declared: template A 三级 route "四级 + 5 yrs" (docs/domain.md §2.3). */
export const eligibleBackground: CandidateBackground = {
  birthDate: '1990-01-01',
  yearsInOccupation: 6,
  apprenticeshipCompleted: false,
  schooling: [],
  title: null,
  heldLevels: [
    {
      level: 'level4',
      occupationCode: '6-31-01-03',
      obtainedOn: '2019-05-01',
      source: 'declared',
      certificateNo: null,
    },
  ],
};

export const newcomer: CandidateBackground = { ...eligibleBackground, yearsInOccupation: 1, heldLevels: [] };

export const enrolled = (n: number): SessionEvent => ({
  type: 'assessment.CandidateEnrolled',
  data: {
    sessionId,
    candidateId: String(n).padStart(5, '0'),
    workerId: workerOf(n),
    holderName: holderNameOf(n),
    eligibility: {
      basis: 'rule',
      ruleId: 'A-level3-1',
      summary: '四级 + 5 yrs; level4 6-31-01-03 since 2019-05-01, declared',
    },
    enrolledAt: at,
  },
});

export const scored = (n: number, part: 'theory' | 'practical' | 'review', score: number): SessionEvent => ({
  type: 'assessment.PartScoreRecorded',
  data: { sessionId, candidateId: String(n).padStart(5, '0'), workerId: workerOf(n), part, score, recordedAt: at },
});
