import type { ServiceApi } from '@tianfu/service-kit';

/** The assessment service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const assessmentApi: ServiceApi = {
  name: 'assessment',
  port: 4101,
  description:
    'Assessment: 四川省人社厅 (the authority) registers and supervises evaluation bodies (评价机构), which file occupations, schedule exam sessions, enrol candidates (eligibility per docs/domain.md §2.3) and record scores, by JSON or CSV sheet.',
  tags: {
    bodies: 'Evaluation bodies: registration, supervision and occupation filings',
    directory: 'The public directory of evaluation bodies',
    assessors: 'Examiners (考评员) and quality supervisors (督导员)',
    sessions: 'Exam sessions: schedule, amend, close',
    candidates: 'Enrolment and scores, one by one or by CSV sheet',
  },
};
