import { fileURLToPath } from 'node:url';
import {
  type AnyEventDefinition,
  AppointmentEnded,
  AppointmentMade,
  AppointSchema,
  BaseRegistered,
  EndSchema,
  HonourGranted,
  HonourRevoked,
  RegisterBaseSchema,
  RenewSchema,
  talentEvents,
} from '@tianfu/contracts';
import { freeTextSuite, residentIdNumber } from '@tianfu/testing';
import { GrantHonourSchema, ReasonSchema } from '../src/http/talent-schemas.ts';

const at = (event: AnyEventDefinition, path: string) => ({ event, path });
const sealed = { only: 'sealed under the worker key before anything keeps it' };
const person = { document: { idType: 'resident-id-card', idNumber: residentIdNumber(1) }, name: '张三' };

freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    'POST /v1/honours/grants': {
      body: GrantHonourSchema,
      sample: {
        ...person,
        honour: 'tianfu-craftsman',
        round: '2024',
        grantedOn: '2024-05-01',
        authority: '省人社厅',
        documentNo: '川人社〔2024〕1号',
      },
      text: {
        name: [sealed],
        round: [at(HonourGranted, 'round')],
        authority: [at(HonourGranted, 'authority')],
        documentNo: [at(HonourGranted, 'documentNo')],
      },
    },
    'POST /v1/honours/grants/:grantId/revoke': {
      body: ReasonSchema,
      sample: { reason: '弄虚作假' },
      text: { reason: [at(HonourRevoked, 'reason')] },
    },
    'POST /v1/appointments': {
      body: AppointSchema,
      sample: {
        appointmentId: 'a-1',
        ...person,
        post: 'principal-technician',
        employer: { bodyId: 'b-1', filingNo: 'Y000051001064', bodyName: '某公司' },
        occupationCode: '6-31-01-03',
        termStart: '2025-01-01',
        overrideReason: '特殊贡献',
      },
      text: {
        appointmentId: [at(AppointmentMade, 'appointmentId')],
        name: [sealed],
        'employer.bodyId': [at(AppointmentMade, 'employer.bodyId')],
        'employer.bodyName': [at(AppointmentMade, 'employer.bodyName')],
        workType: [at(AppointmentMade, 'workType')],
        overrideReason: [at(AppointmentMade, 'eligibility.reason')],
      },
    },
    'POST /v1/appointments/:appointmentId/renew': { body: RenewSchema, sample: { termEnd: null } },
    'POST /v1/appointments/:appointmentId/end': {
      body: EndSchema,
      sample: { endedOn: '2025-06-01', reason: '调离' },
      text: { reason: [at(AppointmentEnded, 'reason')] },
    },
    'POST /v1/bases': {
      body: RegisterBaseSchema,
      sample: {
        baseId: 'base-1',
        kind: 'master-studio',
        name: '某技能大师工作室',
        level: 'provincial',
        regionCode: '510100',
        industry: '制造业',
        establishedOn: '2020-01-01',
        master: person,
        members: [person],
      },
      text: {
        baseId: [at(BaseRegistered, 'baseId')],
        name: [at(BaseRegistered, 'name')],
        industry: [at(BaseRegistered, 'industry')],
        'master.name': [sealed],
        'members.*.name': [sealed],
      },
    },
  },
  events: talentEvents,
  generated: {
    'talent.HonourGranted grantId': 'honour:round:workerId, from checked parts',
    'talent.HonourGranted source.competitionId':
      'copied from HonourEarned, an id the competition route checks by pattern',
    'talent.HonourGranted source.sourceEventId': 'the HonourEarned event id',
    'talent.HonourRevoked grantId': 'the grant id of the path, checked as text',
    'talent.AppointmentMade eligibility.ruleId': 'the rule table’s own id',
    'talent.AppointmentMade eligibility.summary': 'the rule table’s own words',
    'talent.AppointmentRenewed appointmentId': 'the path’s appointment id, checked as text',
    'talent.AppointmentEnded appointmentId': 'the path’s appointment id, checked as text',
  },
  identifiers: [],
});
