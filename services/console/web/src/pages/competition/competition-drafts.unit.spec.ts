import { describe, expect, it } from 'vitest';
import {
  correctionRequest,
  entrantRequest,
  type RegistrationDraft,
  registrationRequest,
  resultsRequest,
} from './competition-drafts.ts';
import { competitionLabels } from './competition-labels.ts';

const contestEvent = {
  contestEventId: 'DG-1',
  name: '电工',
  occupationCode: '6-31-01-03',
  workType: '',
  level: 'level2',
  teamSize: '1',
  track: 'employee',
};
const draft: RegistrationDraft = {
  competitionId: 'sc-2025',
  name: '四川技能大赛',
  tier: 'provincial-class-1',
  year: '2025',
  bodyId: 'body-1',
  contestEvents: [contestEvent],
};

describe('a competition registration from the form', () => {
  it('turns typed numbers into numbers and a blank 工种 into the API default', () => {
    const checked = registrationRequest(draft);
    expect(checked).toMatchObject({
      ok: true,
      body: { year: 2025, issuingBody: { bodyId: 'body-1' }, contestEvents: [{ teamSize: 1, workType: '--' }] },
    });
  });

  it('names the field of a contest event the API would refuse, by the path the API names it', () => {
    const checked = registrationRequest({
      ...draft,
      year: '二〇二五',
      contestEvents: [{ ...contestEvent, occupationCode: '6-31-1' }],
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['contestEvents.0.occupationCode', 'year']);
  });
});

describe('an entrant from the form', () => {
  const entrant = { entrantId: 'DG-1-01', idNumber: '11010519491231002x', name: '张三', heldLevel: '', teamId: '' };

  it('checks the 居民身份证号 with the contracts rule: a wrong check character is refused at document.idNumber', () => {
    const checked = entrantRequest('DG-1', { ...entrant, idNumber: '110105194912310021' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors['document.idNumber']).toMatch(/check/i);
  });

  it('sends a valid number normalised, and blank optional fields as null', () => {
    expect(entrantRequest('DG-1', entrant)).toEqual({
      ok: true,
      body: {
        contestEventId: 'DG-1',
        entrantId: 'DG-1-01',
        document: { idType: 'resident-id-card', idNumber: '11010519491231002X' },
        name: '张三',
        track: null,
        heldLevel: null,
        teamId: null,
      },
    });
  });
});

describe('results and corrections from the form', () => {
  const row = { entrantId: 'DG-1-01', rank: '2', score: '', medal: 'silver', prize: '' };

  it('publishes blanks as null and a rank as a number', () => {
    expect(resultsRequest('DG-1', [row])).toEqual({
      ok: true,
      body: {
        contestEventId: 'DG-1',
        results: [{ entrantId: 'DG-1-01', rank: 2, score: null, medal: 'silver', prize: null }],
      },
    });
  });

  it('refuses a rank that is not a whole number at its row', () => {
    const checked = resultsRequest('DG-1', [row, { ...row, entrantId: 'DG-1-02', rank: '1.5' }]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors)).toEqual(['results.1.rank']);
  });

  it('asks a correction for its reason', () => {
    const checked = correctionRequest(row, '  ');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors)).toEqual(['reason']);
  });
});

describe('the names the pages give', () => {
  it('names tiers, levels and medals in the chosen language, and an unknown value as the service wrote it', () => {
    const zh = competitionLabels('zh');
    const en = competitionLabels('en');
    expect([zh.tier('provincial-class-1'), en.tier('provincial-class-1')]).toEqual(['省级一类', 'Provincial, class 1']);
    expect([zh.level('level1'), en.level('level1')]).toEqual(['一级/高级技师', 'Level 1 (一级/高级技师)']);
    expect([zh.medal('excellence'), en.medal(null), zh.tier('galactic')]).toEqual(['优胜奖', '—', 'galactic']);
    expect(zh.honour('national-technical-expert')).toBe('全国技术能手');
  });
});
