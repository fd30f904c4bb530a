import { textRuleOf } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { parseEnrolmentSheet } from '../src/http/csv/index.ts';
import { EnrolCandidateSchema } from '../src/http/session-schemas.ts';

const occupationCode = '6-31-01-03';
const idNumber = '513101198201130014';
const certificateNo = 'S000051001064194000001'; // level digit 4: 四级

interface Case {
  readonly name: string;
  readonly level: 'level3' | 'level4';
  readonly birthDate: string | null;
}

const json = ({ name, level, birthDate }: Case) => ({
  document: { idType: 'resident-id-card', idNumber },
  name,
  background: {
    birthDate,
    yearsInOccupation: 3,
    heldLevels: [{ level, occupationCode, obtainedOn: '2019-05-01', certificateNo }],
  },
});

const sheet = ({ name, level, birthDate }: Case) =>
  Buffer.from(
    [
      '证件号码,姓名,累计年限,已有等级,等级取得日期,证书编号,出生日期',
      `${idNumber},"${name}",3,${level},2019-05-01,${certificateNo},${birthDate ?? ''}`,
    ].join('\n'),
  );

const viaJson = (c: Case) => {
  const parsed = EnrolCandidateSchema.safeParse(json(c));
  if (parsed.success) return { ok: true as const, candidate: parsed.data };
  const [issue] = parsed.error.issues;
  const rule =
    issue === undefined ? null : (textRuleOf(issue) ?? (issue.code === 'custom' ? issue.params?.rule : null));
  return { ok: false as const, path: issue?.path.join('.'), rule };
};

const viaSheet = (c: Case) => {
  const parsed = parseEnrolmentSheet(sheet(c), { occupationCode });
  if (parsed.ok) return { ok: true as const, candidate: parsed.rows[0] };
  return { ok: false as const, problems: parsed.problems.map((p) => [p.column, p.rule]) };
};

const good: Case = { name: '王五', level: 'level4', birthDate: null };

describe('enrolment: the JSON route and the sheet parse one schema', () => {
  it('given a good candidate, then both read the same document, name and background (birth date from the number)', () => {
    const fromJson = viaJson(good);
    const fromSheet = viaSheet(good);
    expect(fromJson.ok && fromSheet.ok).toBe(true);
    if (!fromJson.ok || !fromSheet.ok) return;
    const { document, name, background } = fromSheet.candidate ?? {};
    expect(fromJson.candidate).toEqual({ document, name, background });
    expect(background?.birthDate).toBe('1982-01-13');
  });

  it('given a 证书编号 whose level digit is another level, then both refuse it (certificate_level)', () => {
    const other = { ...good, level: 'level3' as const };
    expect(viaJson(other)).toEqual({
      ok: false,
      path: 'background.heldLevels.0.certificateNo',
      rule: 'certificate_level',
    });
    expect(viaSheet(other)).toEqual({ ok: false, problems: [['证书编号', 'certificate_level']] });
  });

  it.each([
    ['a TAB', '王\t五', 'control_character'],
    ['a bidi override', '王\u202e五', 'bidi_control'],
    ['an isolate', '\u2066王五', 'bidi_control'],
  ])('given a name with %s, then both refuse it', (_, name, rule) => {
    expect(viaJson({ ...good, name })).toEqual({ ok: false, path: 'name', rule });
    expect(viaSheet({ ...good, name })).toEqual({ ok: false, problems: [['姓名', 'name_format']] });
  });

  it('given a declared birth date that differs from the 居民身份证号, then both refuse it (birth_date_conflict)', () => {
    const conflict = { ...good, birthDate: '1982-01-14' };
    expect(viaJson(conflict)).toEqual({ ok: false, path: 'background.birthDate', rule: 'birth_date_conflict' });
    expect(viaSheet(conflict)).toEqual({ ok: false, problems: [['出生日期', 'birth_date_conflict']] });
  });
});
