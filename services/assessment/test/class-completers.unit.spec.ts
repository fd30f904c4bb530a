import { foldEvents } from '@tianfu/decider';
import { testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { classRoster, completerEnrolments, type DeclaredCompleter } from '../src/domain/class-completers.ts';
import { completedTrainings } from '../src/domain/completed-trainings.ts';
import { completersRefused } from '../src/domain/completer-refusals.ts';
import { decideEnrolment } from '../src/domain/enrol-candidates.ts';
import { examSession } from '../src/domain/exam-session.ts';
import type { SessionEvent } from '../src/domain/exam-session-state.ts';
import type { TrainingFact } from '../src/domain/training-facts.ts';
import { at, enrolled, holderNameOf, newcomer, scheduled, sessionId, workerOf } from './session-fixtures.ts';
import { apprenticeClass, classEnded, classId, completedClass, completionOf } from './training-fixtures.ts';

/** The fixture session moved to 五级, where template A counts 学徒期满 (docs/domain.md §2.3). */
const atLevel5: SessionEvent = {
  ...scheduled,
  data: {
    ...(scheduled.data as Extract<SessionEvent, { type: 'assessment.SessionScheduled' }>['data']),
    level: 'level5',
  },
} as SessionEvent;
const sessionOf = (events: readonly SessionEvent[]) => foldEvents(examSession, events) ?? expect.fail('no session');
const electrician = testCatalogue().occupations.get('6-31-01-03') ?? null;

const whenTaking = (facts: readonly TrainingFact[], declared: readonly DeclaredCompleter[] = [], given = [atLevel5]) =>
  completerEnrolments(sessionOf(given), classId, classRoster(facts), declared);

describe("a class's roster as assessment joins it (docs/domain.md §7.5)", () => {
  it('given enrolments and completions in any order, then only completers, in 学员编号 order, with their sealed names', () => {
    const roster = classRoster(completedClass);
    expect(roster).toMatchObject({ filed: apprenticeClass, completersCounted: 2 });
    expect(roster.completers).toEqual([
      { enrolmentId: '00001', workerId: workerOf(1), holderName: holderNameOf(1) },
      { enrolmentId: '00002', workerId: workerOf(2), holderName: holderNameOf(2) },
    ]);
  });
});

describe("enrolling a training class's completers in a session (docs/domain.md §7.5)", () => {
  it('given a completed class of the session’s occupation and level, then one enrolment per completer, numbered by 学员编号', () => {
    expect(whenTaking(completedClass).map((e) => [e.row, e.workerId, e.holderName])).toEqual([
      [1, workerOf(1), holderNameOf(1)],
      [2, workerOf(2), holderNameOf(2)],
    ]);
  });

  it('given a declaration for one completer, then that completer is enrolled with it and the other with nothing declared', () => {
    const declared = [{ workerId: workerOf(2), background: newcomer, overrideReason: null }];
    const [first, second] = whenTaking(completedClass, declared);
    expect(first?.background).toMatchObject({ yearsInOccupation: 0, birthDate: null, heldLevels: [] });
    expect(second?.background).toBe(newcomer);
  });

  it('given a completer already a candidate, then they are left out, so a second call adds nothing', () => {
    const given = [atLevel5, enrolled(1), enrolled(2)];
    expect(whenTaking(completedClass, [], given)).toEqual([]);
  });

  it.each([
    ['an unknown class', completedClass.slice(1), 'CLASS_NOT_FOUND', 'class_known'],
    ['a class not completed yet', completedClass.slice(0, -1), 'CLASS_NOT_COMPLETED', 'class_completed'],
    [
      'a completion counted but not all completers arrived',
      [apprenticeClass, completionOf(1), classEnded(2)],
      'CLASS_NOT_COMPLETED',
      'class_completed',
    ],
    [
      'a class of another occupation',
      [{ ...apprenticeClass, item: { kind: 'occupation', code: '6-31-01-02' } }, ...completedClass.slice(1)],
      'CLASS_OCCUPATION_MISMATCH',
      'same_occupation',
    ],
    [
      'a class of a 专项职业能力 item',
      [{ ...apprenticeClass, item: { kind: 'special-ability', code: 'S51-0012' } }, ...completedClass.slice(1)],
      'CLASS_OCCUPATION_MISMATCH',
      'same_occupation',
    ],
    [
      'a class aimed at another level',
      [{ ...apprenticeClass, targetLevel: 'level4' }, ...completedClass.slice(1)],
      'CLASS_LEVEL_MISMATCH',
      'same_level',
    ],
  ] as const)('given %s, then %s naming classId and the rule', (_text, facts, code, rule) => {
    expect(() => whenTaking(facts as readonly TrainingFact[])).toThrow(
      expect.objectContaining({ code, details: { field: 'classId', rule } }),
    );
  });

  it('given a declaration for a trainee who did not complete, then NOT_A_COMPLETER naming the entry', () => {
    const declared = [
      { workerId: workerOf(1), background: newcomer, overrideReason: null },
      { workerId: workerOf(3), background: newcomer, overrideReason: null },
    ];
    expect(() => whenTaking(completedClass, declared)).toThrow(
      expect.objectContaining({
        code: 'NOT_A_COMPLETER',
        details: { field: 'declared.1.workerId', rule: 'completer_only' },
      }),
    );
  });
});

describe('completers checked for eligibility as any candidate, with their recorded training (docs/domain.md §2.3)', () => {
  const enrolAll = (facts: readonly TrainingFact[], declared: readonly DeclaredCompleter[] = []) => {
    const trained = completedTrainings(facts);
    const entries = whenTaking(facts, declared).map((e) => ({
      ...e,
      background: { ...e.background, completedTrainings: trained.get(e.workerId) ?? [] },
    }));
    const command = {
      type: 'EnrolCandidates',
      data: { sessionId, entries, sheetHash: 'cd'.repeat(32), at },
      occupation: electrician,
    } as const;
    return decideEnrolment(command, sessionOf([atLevel5]));
  };

  it('given completers of a 新型学徒制 class at 五级, then each is enrolled by 学徒期满, the summary naming the class and certificate', () => {
    const events = enrolAll(completedClass);
    expect(events.map((e) => e.type)).toEqual([
      'assessment.CandidateEnrolled',
      'assessment.CandidateEnrolled',
      'assessment.SheetAccepted',
    ]);
    expect(events[0]?.data).toMatchObject({
      workerId: workerOf(1),
      holderName: holderNameOf(1),
      eligibility: {
        basis: 'rule',
        ruleId: 'A-level5-2',
        summary: `apprenticeship completed (学徒期满); class ${classId} of P-0042, 6-31-01-03, 480 h, completed 2025-05-30 ${classId}-00001`,
      },
    });
  });

  it('given completers of a 就业技能培训 class with nothing declared, then every one is refused, by 学员编号, and nothing applies', () => {
    const employment = [{ ...apprenticeClass, trainingKind: 'employment' as const }, ...completedClass.slice(1)];
    expect(() => enrolAll(employment)).toThrow(
      expect.objectContaining({
        code: 'SHEET_ROWS_REJECTED',
        details: {
          problems: [
            expect.objectContaining({ row: 1, column: 'eligibility', rule: 'not_eligible' }),
            expect.objectContaining({ row: 2, column: 'eligibility', rule: 'not_eligible' }),
          ],
        },
      }),
    );
  });
});

describe('a refusal names every refused completer, never by ID number (docs/domain.md §6.3)', () => {
  it('given problems by 学员编号, then each refused completer has workerId and masked name; an unopened name is null', () => {
    const { completers } = classRoster(completedClass);
    const problems = [
      { row: 1, column: 'eligibility', rule: 'not_eligible', message: 'no §2.3 rule is met' },
      { row: 2, column: 'eligibility', rule: 'not_eligible', message: 'no §2.3 rule is met' },
    ];
    const names = new Map([[workerOf(1), '张三丰']]);
    const error = completersRefused(problems, completers, names);
    expect(error).toMatchObject({
      code: 'COMPLETERS_REFUSED',
      details: {
        refused: [
          {
            enrolmentId: '00001',
            workerId: workerOf(1),
            maskedName: '张*',
            field: 'eligibility',
            rule: 'not_eligible',
          },
          { enrolmentId: '00002', workerId: workerOf(2), maskedName: null, field: 'eligibility', rule: 'not_eligible' },
        ],
      },
    });
  });
});
