import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  assessmentEvents,
  CertificateRevoked,
  clipText,
  createEventRegistry,
  SessionScheduled,
  storableProblems,
  text,
  textRuleOf,
} from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

const line = text({ max: 5 });
const note = text({ max: 10, multiline: true });

const ruleOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues.map(textRuleOf);
};

describe('the text value type', () => {
  it('normalises to NFC and trims white space, the ideographic space and the BOM included', () => {
    expect(line.parse('  e\u0301 ')).toBe('\u00e9');
    expect(line.parse('\u3000张三\ufeff')).toBe('张三');
    expect(note.parse(' a\r\n\tb\n')).toBe('a\r\n\tb');
  });

  it('refuses NUL and every other C0 or C1 control in one-line text, naming the rule', () => {
    for (const control of ['\u0000', '\u0001', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(ruleOf(line, `a${control}b`), JSON.stringify(control)).toEqual(['control_character']);
    }
    expect(line.safeParse('X\u0000').error?.issues[0]?.message).toBe('must not contain control characters: U+0000');
  });

  it('keeps TAB, LF and CR in multi-line text and refuses the other controls there too', () => {
    expect(note.parse('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(ruleOf(note, 'a\u0000b')).toEqual(['control_character']);
    expect(ruleOf(note, 'a\u000bb')).toEqual(['control_character']);
  });

  it('refuses bidi embeddings, overrides and isolates', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(ruleOf(note, `a${String.fromCodePoint(code)}b`)).toEqual(['bidi_control']);
    }
  });

  it('refuses a lone surrogate (which some stores would turn into U+FFFD) and keeps a pair', () => {
    expect(ruleOf(line, 'X\ud800')).toEqual(['lone_surrogate']);
    expect(ruleOf(line, '\udc00X')).toEqual(['lone_surrogate']);
    expect(line.parse('𠀀')).toBe('𠀀');
  });

  it('counts characters, not UTF-16 units, after normalising, and refuses empty or blank text', () => {
    expect(line.parse('𠀀𠀀𠀀𠀀𠀀')).toBe('𠀀𠀀𠀀𠀀𠀀');
    expect(ruleOf(line, '123456')).toEqual(['text_too_long']);
    expect(ruleOf(line, ' \u3000 ')).toEqual(['text_required']);
    expect(text({ min: 0, max: 3 }).parse(' ')).toBe('');
  });

  it('shows its length limits to OpenAPI', () => {
    const schema = z.toJSONSchema(z.object({ venue: text({ max: 300 }) }), { io: 'input' });
    expect(schema.properties?.venue).toMatchObject({ type: 'string', minLength: 1, maxLength: 300 });
  });

  it('clips by characters, never leaving half a surrogate pair', () => {
    const clipped = clipText('ab𠀀', 3);
    expect(clipped).toBe('ab𠀀');
    expect(clipText('ab𠀀c', 2)).toBe('ab');
    expect('ab𠀀'.slice(0, 3)).not.toBe(clipped);
  });
});

const registry = createEventRegistry([...assessmentEvents]);
const session = {
  sessionId: 's-1',
  bodyId: 'b-1',
  filingNo: 'Y000051001064',
  bodyName: '四川省某技师学院',
  occupationCode: '6-31-01-03',
  standardVersion: '2019',
  workType: '--',
  level: 'level3',
  date: '2025-06-20',
  venue: '成都市武侯区',
  examiners: [{ examinerId: 'e-1', workerId: 'a'.repeat(64), grade: 'examiner' }],
  supervisorId: 'sv-1',
  parts: ['theory', 'practical'],
  scheduledAt: '2025-06-01T08:00:00.000Z',
};

describe('event schemas use the text type', () => {
  it('refuse the text the issue found dead-lettered: a venue with NUL, a revocation note with NUL', () => {
    expect(ruleOf(SessionScheduled.schema, { ...session, venue: 'X\u0000' })).toEqual(['control_character']);
    const revoked = {
      certificateId: '0b8e0b4e-3b5b-4c59-8d63-3c0f8d7a4a11',
      workerId: 'a'.repeat(64),
      at: '2025-06-01T08:00:00.000Z',
      reason: 'fraud',
      note: 'X\u0000',
    };
    expect(ruleOf(CertificateRevoked.schema, revoked)).toEqual(['control_character']);
    expect(CertificateRevoked.schema.parse({ ...revoked, note: '弄虚作假\n见附件' }).note).toBe('弄虚作假\n见附件');
  });

  const stored = (data: unknown, type: string = SessionScheduled.type) => storedEvent(type, 1, data);

  it('read text an edge accepted before the rules, repaired instead of dead-lettered (a replay loses no fact)', () => {
    const parsed = registry.parse(stored({ ...session, bodyName: 'X\ud800学院', venue: '某\u202e地\t3楼' }));
    expect(parsed.data).toMatchObject({ bodyName: 'X\ufffd学院', venue: '某地 3楼' });
    const amended = { sessionId: 's-1', date: '2025-06-20', venue: '某地', examiners: session.examiners };
    const reason = { ...amended, supervisorId: 'sv-1', reason: '调整\u0001\n见通知', amendedAt: session.scheduledAt };
    expect(registry.parse(stored(reason, 'assessment.SessionAmended')).data).toMatchObject({ reason: '调整 \n见通知' });
  });

  it('still refuse a stored event wrong in any other way, and a new event with such text', () => {
    expect(() => registry.parse(stored({ ...session, venue: '某\u202e地', level: 'level9' }))).toThrow(/level/);
    expect(() => registry.validateNew(SessionScheduled.type, { ...session, venue: '某\u202e地' } as never)).toThrow(
      /bidi/,
    );
  });

  it('still read events stored before: untrimmed or decomposed text normalises instead of failing', () => {
    const stored = { ...session, bodyName: '四川省某技师学院 ', venue: 'Cafe\u0301 3楼' };
    const parsed = registry.parse({
      eventId: '0b8e0b4e-3b5b-4c59-8d63-3c0f8d7a4a11',
      type: SessionScheduled.type,
      schemaVersion: 1,
      streamId: 'session-s-1',
      revision: 1,
      occurredAt: session.scheduledAt,
      recordedAt: session.scheduledAt,
      actor: { kind: 'user', id: 'b-1-clerk' },
      correlationId: 'c-1',
      causationId: null,
      workerId: null,
      data: stored,
    });
    expect(parsed.data).toMatchObject({ bodyName: '四川省某技师学院', venue: 'Caf\u00e9 3楼' });
    expect(storableProblems(parsed.data)).toEqual([]);
  });
});
