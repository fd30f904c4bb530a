import type { ServiceApi } from '@tianfu/service-kit';

/** The training service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const trainingApi: ServiceApi = {
  name: 'training',
  port: 4106,
  description:
    'Training: the register of training providers (培训机构信息库) with their grades, suspension and removal, its public directory, the classes (培训班) providers file, 实名制 enrolment, vouchers, attendance and completion, and 企业新型学徒制 apprenticeship agreements.',
  tags: {
    providers: 'The provider register: registration, 等级评估, suspension, reinstatement, removal',
    directory: 'The public directory of listed providers',
    classes: "Providers' classes: filing and reading them",
    enrolments: '实名制 enrolment, one by one or by sheet, and the trainees of a class',
    attendance: 'Sign-ins from devices and sheets, corrections, voids and completion',
    vouchers: '职业培训券: issued by the office, redeemed at enrolment',
    apprenticeships: '企业新型学徒制 agreements: agreed, progressed, completed (the 学徒工 step) or terminated',
  },
};
