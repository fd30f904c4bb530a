import { AppointSchema } from '@tianfu/contracts/forms';
import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { type AppointForm, appointRequest } from './appoint-request.ts';

const form: AppointForm = {
  idNumber: residentIdNumber(7, '510100'),
  name: '李明',
  post: 'principal-technician',
  bodyId: 'dongfang-electric',
  occupationCode: '6-31-01-03',
  workType: '',
  termStart: '2025-07-01',
  termEnd: '',
  declared: false,
  overrideReason: '',
};

describe('the appointment form as a request (appointRequest)', () => {
  it('given the talent office, when it names an enterprise, then the request names it and passes the API schema', () => {
    const request = appointRequest(form, 'appt-1', undefined);
    expect(request.employer).toEqual({ bodyId: 'dongfang-electric' });
    expect(request.termEnd).toBeNull();
    expect(request.overrideReason).toBeNull();
    expect(AppointSchema.safeParse(request).success).toBe(true);
  });

  it('given an employer token, when sent, then the enterprise is left to the token', () => {
    expect(appointRequest(form, 'appt-1', 'dongfang-electric')).not.toHaveProperty('employer');
  });

  it('given a declared prerequisite, when sent, then 特级技师 declares 高级技师 and 首席技师 declares 特级技师', () => {
    const principal = appointRequest({ ...form, declared: true }, 'a', undefined);
    expect(principal.evidence).toEqual({
      heldLevels: [{ occupationCode: form.occupationCode, level: 'level1' }],
      heldPosts: [],
    });
    const chief = appointRequest({ ...form, post: 'chief-technician', declared: true }, 'a', undefined);
    expect(chief.evidence?.heldPosts).toEqual([{ occupationCode: form.occupationCode, post: 'principal-technician' }]);
  });

  it('given a wrong ID check character, when checked with the API schema, then document.idNumber is named', () => {
    const wrong = `${form.idNumber.slice(0, 17)}${form.idNumber.endsWith('0') ? '1' : '0'}`;
    const checked = AppointSchema.safeParse(appointRequest({ ...form, idNumber: wrong }, 'a', undefined));
    expect(checked.error?.issues.map((i) => i.path.join('.'))).toEqual(['document.idNumber']);
  });
});
