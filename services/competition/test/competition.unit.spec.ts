import { randomUUID } from 'node:crypto';
import { competitionEvents, createEventRegistry } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { InMemoryEventStore } from '@tianfu/eventstore';
import { describe, expect, it } from 'vitest';
import { type CompetitionCommand, competitionDecider } from '../src/domain/competition.ts';
import type { CompetitionEvent } from '../src/domain/competition-state.ts';
import { at, entered, plan, published, registered, registration, result, sealedOf, workerOf } from './samples.ts';

const spec = deciderSpec(competitionDecider);
const registry = createEventRegistry([...competitionEvents]);
const confirm = (
  contestEventId = 'welding',
  capRefused: string[] = [],
  confirmedOn = at.slice(0, 10),
): CompetitionCommand => ({
  type: 'ConfirmContestEvent',
  data: { competitionId: 'c-1', contestEventId, confirmedAt: at, confirmedOn, capRefused },
});
const correct = (entrantId: string, rank: number, medal: 'gold' | null = null): CompetitionCommand => ({
  type: 'CorrectResult',
  data: {
    competitionId: 'c-1',
    contestEventId: 'welding',
    entrantId,
    corrected: result(rank, medal),
    reason: '复核计分错误',
    correctedBy: 'organiser-1',
    correctedAt: at,
  },
});
const typesOf = (events: readonly unknown[]) => events.map((e) => (e as CompetitionEvent).type);
// A 技师 entrant with 优胜奖 and a newcomer with gold, at a national class-1 contest.
const finished = [
  registered(),
  entered(1, 'welding', 'level2'),
  entered(2, 'welding'),
  published('welding', [
    [1, result(4, 'excellence')],
    [2, result(1, 'gold')],
  ]),
];

describe('registering a competition (docs/domain.md §4.1)', () => {
  it('takes the tier default rule set unless one for the tier is named; once only', () => {
    const command = { type: 'RegisterCompetition' as const, data: { ...registration(), ruleSetId: null } };
    spec
      .given([])
      .when(command)
      .thenEmits([{ ...registered(), occurredAt: registration().registeredAt }]);
    spec.given([registered()]).when(command).thenThrows('COMPETITION_ALREADY_REGISTERED');
    const wrong = { ...command, data: { ...command.data, ruleSetId: 'municipal' } };
    spec.given([]).when(wrong).thenThrows('RULE_SET_NOT_FOR_TIER', { field: 'ruleSetId' });
    const repeated = { ...command, data: { ...command.data, contestEvents: [plan('x'), plan('x')] } };
    spec
      .given([])
      .when(repeated)
      .thenThrows('CONTEST_EVENT_DUPLICATE', { contestEventIds: ['x'] });
  });
});

describe('entrants', () => {
  const enter = (i: number, extra: object = {}): CompetitionCommand => {
    const { data } = entered(i) as Extract<CompetitionEvent, { type: 'competition.EntrantRegistered' }>;
    return { type: 'RegisterEntrant', data: { ...data, track: null, ...extra } };
  };

  it('enters a worker keyed by workerId with the sealed name; the same worker twice in one contest event is refused', () => {
    spec
      .given([registered()])
      .when(enter(1))
      .thenEmits([{ ...entered(1), workerId: workerOf(1), occurredAt: '2025-05-02T08:00:00.000Z' }]);
    spec
      .given([registered(), entered(1)])
      .when(enter(9, { workerId: workerOf(1) }))
      .thenThrows('ENTRANT_ALREADY_REGISTERED');
  });

  it('refuses the wrong track, a team entry in an individual event, and entries after the results', () => {
    spec
      .given([registered()])
      .when(enter(1, { track: 'student' }))
      .thenThrows('ENTRANT_TRACK_MISMATCH');
    spec
      .given([registered()])
      .when(enter(1, { teamId: 't-1' }))
      .thenThrows('ENTRANT_TEAM_MISMATCH');
    spec.given(finished).when(enter(3)).thenThrows('ENTRIES_CLOSED');
  });

  it('a team has at most the contest event team size', () => {
    const teams = registered({ contestEvents: [plan('welding', { teamSize: 2 })] });
    const team = (i: number) => entered(i, 'welding', null, { teamId: 't-1' });
    spec
      .given([teams, team(1), team(2)])
      .when(enter(3, { teamId: 't-1' }))
      .thenThrows('TEAM_FULL');
  });
});

describe('results: published once, corrected with a reason before 核准', () => {
  const publish = (rows: { entrantId: string; rank: number }[]): CompetitionCommand => ({
    type: 'PublishResults',
    data: {
      competitionId: 'c-1',
      contestEventId: 'welding',
      results: rows.map((r) => ({ ...result(r.rank), entrantId: r.entrantId })),
      publishedAt: at,
    },
  });

  it('a second publish is refused; rows must name entrants of the contest event', () => {
    spec
      .given(finished)
      .when(publish([{ entrantId: 'welding-1', rank: 1 }]))
      .thenThrows('RESULTS_ALREADY_PUBLISHED');
    spec
      .given(finished.slice(0, 3))
      .when(publish([{ entrantId: 'turning-1', rank: 1 }]))
      .thenThrows('RESULT_UNKNOWN_ENTRANTS', { entrantIds: ['turning-1'] });
  });

  it('a correction records the previous result and the reason; repeating it changes nothing', () => {
    const [event] = spec.given(finished).when(correct('welding-1', 2)).emitted() as CompetitionEvent[];
    expect(event).toMatchObject({
      type: 'competition.ResultCorrected',
      workerId: workerOf(1),
      data: { previous: result(4, 'excellence'), corrected: result(2), reason: '复核计分错误' },
    });
    spec
      .given([...finished, event as CompetitionEvent])
      .when(correct('welding-1', 2))
      .thenEmits([]);
  });

  it('a correction after confirmation is refused', () => {
    const confirmed = spec.given(finished).when(confirm()).emitted() as CompetitionEvent[];
    spec
      .given([...finished, ...confirmed])
      .when(correct('welding-1', 2))
      .thenThrows('CONTEST_EVENT_CONFIRMED');
  });

  it('in a team event the correction is the team s: each member gets it', () => {
    const teams = registered({ contestEvents: [plan('welding', { teamSize: 2 })] });
    const team = (i: number) => entered(i, 'welding', null, { teamId: 't-1' });
    const given = [
      teams,
      team(1),
      team(2),
      published('welding', [
        [1, result(3)],
        [2, result(3)],
      ]),
    ];
    const events = spec
      .given(given)
      .when(correct('welding-1', 1, 'gold'))
      .emitted() as CompetitionEvent[];
    expect(events.map((e) => [e.type, (e.data as { entrantId: string }).entrantId])).toEqual([
      ['competition.ResultCorrected', 'welding-1'],
      ['competition.ResultCorrected', 'welding-2'],
    ]);
  });
});

describe('confirmation (核准) → PromotionAwarded and HonourEarned (docs/domain.md §4.1)', () => {
  it('promotes the 技师 with 优胜奖 to 高级技师 and the gold medallist to 技师; titles the top 5', () => {
    const events = spec.given(finished).when(confirm()).emitted() as CompetitionEvent[];
    expect(typesOf(events)).toEqual([
      'competition.ContestEventConfirmed',
      'competition.PromotionAwarded',
      'competition.PromotionAwarded',
      'competition.HonourEarned',
      'competition.HonourEarned',
    ]);
    expect(events[1]).toMatchObject({
      workerId: workerOf(1),
      data: {
        entrantId: 'welding-1',
        holderName: sealedOf(1),
        fromLevel: 'level2',
        level: 'level1',
        rank: 4,
        medal: 'excellence',
        occupationCode: '6-18-02-04',
        issuingBody: { filingNo: 'S000051000012' },
        confirmedAt: at,
        confirmedOn: '2025-11-02',
      },
    });
    expect(events[2]).toMatchObject({ data: { entrantId: 'welding-2', fromLevel: null, level: 'level2' } });
    expect(events[3]).toMatchObject({ workerId: workerOf(1), data: { honour: 'national-technical-expert' } });
    for (const e of events) expect(() => registry.validateNew(e.type, e.data as never)).not.toThrow();
  });

  it('given a 核准 decided before it was recorded, then promotions and titles carry that day, not the recording day', async () => {
    const events = spec
      .given(finished)
      .when(confirm('welding', [], '2025-09-30'))
      .emitted() as CompetitionEvent[];
    const awards = events.filter((e) => e.type !== 'competition.ContestEventConfirmed');
    expect(awards.map((e) => (e.data as { confirmedOn: string }).confirmedOn)).toEqual(Array(4).fill('2025-09-30'));
    // Stored with the version that has confirmedOn: one stored as version 1 is upcast on read to the day it was recorded.
    const store = new InMemoryEventStore({ clock: () => new Date(at), newId: randomUUID, schemaVersions: registry });
    const context = { expectedRevision: 0, actor: { kind: 'system' as const, id: 'test' }, correlationId: 'c-1' };
    const { events: stored } = await store.append('competition-c-1', awards, context);
    expect(stored.map((e) => e.schemaVersion)).toEqual(awards.map((e) => registry.latestVersion(e.type)));
  });

  it('given a 核准 day before the competition year or after today, then it is refused naming the rule', () => {
    spec
      .given(finished)
      .when(confirm('welding', [], '2024-12-31'))
      .thenThrows('CONFIRMATION_DATE_IMPLAUSIBLE');
    spec
      .given(finished)
      .when(confirm('welding', [], '2025-11-03'))
      .thenThrows('CONFIRMATION_DATE_IMPLAUSIBLE');
  });

  it('confirming twice emits nothing new; confirming before results is refused', () => {
    const first = spec.given(finished).when(confirm()).emitted() as CompetitionEvent[];
    spec
      .given([...finished, ...first])
      .when(confirm())
      .thenEmits([]);
    spec.given(finished.slice(0, 3)).when(confirm()).thenThrows('RESULTS_NOT_PUBLISHED');
  });

  it('an entrant the one-per-year cap refused is named in the confirmation and not promoted', () => {
    const events = spec
      .given(finished)
      .when(confirm('welding', ['welding-2']))
      .emitted() as CompetitionEvent[];
    expect(events[0]).toMatchObject({
      data: { promotions: 1, capped: [{ entrantId: 'welding-2', workerId: workerOf(2) }] },
    });
    const promoted = events.filter((e) => e.type === 'competition.PromotionAwarded');
    expect(promoted.map((e) => (e.data as { entrantId: string }).entrantId)).toEqual(['welding-1']);
  });

  it('a worker earns each honour once per competition (once per round), whichever contest event is first', () => {
    const both = [
      ...finished,
      entered(1, 'turning', null, { workerId: workerOf(1) }),
      published('turning', [[1, result(1, 'gold')]]),
    ];
    const first = spec.given(both).when(confirm('welding')).emitted() as CompetitionEvent[];
    const second = spec
      .given([...both, ...first])
      .when(confirm('turning'))
      .emitted() as CompetitionEvent[];
    expect(typesOf(second)).toEqual(['competition.ContestEventConfirmed', 'competition.PromotionAwarded']);
    expect(second[0]).toMatchObject({ data: { honours: 0 } });
  });
});
