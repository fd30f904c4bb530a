import { residentIdCheckChar } from '@tianfu/contracts';
import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { findResidentIds } from '../src/index.ts';

const id = residentIdNumber(4_321); // 510104 19600105 321 + check character
const wrongCheck = id.slice(0, 17) + (residentIdCheckChar(id.slice(0, 17)) === '0' ? '1' : '0');
const legacy = '510104600105321'; // 15 digits: 1960-01-05, the same person before 1999

describe('findResidentIds', () => {
  it('finds an 18-character number in running text and says where', () => {
    const text = `enrolled ${id}, passed`;
    expect(findResidentIds(text)).toEqual([{ start: 9, end: 27, number: id }]);
  });

  it('finds it inside JSON, next to CJK text and with a lower-case x', () => {
    const withX = ['11010519491231002', residentIdCheckChar('11010519491231002')].join('');
    expect(withX.endsWith('X')).toBe(true);
    const text = JSON.stringify({ holder: `身份证${withX.toLowerCase()}号`, idNumber: id });
    expect(findResidentIds(text).map((m) => m.number)).toEqual([withX, id]);
  });

  it('finds the number split by spaces or hyphens', () => {
    const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    const hyphens = `${id.slice(0, 6)}-${id.slice(6, 10)}-${id.slice(10, 14)}-${id.slice(14)}`;
    expect(findResidentIds(`a ${spaced} b ${hyphens}`).map((m) => m.number)).toEqual([id, id]);
  });

  it('finds a legacy 15-digit number, reported in its 18-character form', () => {
    expect(findResidentIds(`old card ${legacy}.`)).toEqual([{ start: 9, end: 24, number: id }]);
  });

  it('ignores a wrong check character, an impossible date and an unknown province', () => {
    const badDate = `5101041960023${id.slice(13, 17)}`;
    const noProvince = `99${id.slice(2, 17)}`;
    const texts = [wrongCheck, badDate + residentIdCheckChar(badDate), noProvince + residentIdCheckChar(noProvince)];
    expect(texts.flatMap((t) => findResidentIds(`x ${t} y`))).toEqual([]);
  });

  it('ignores the digits of a decimal number, as logs write response times', () => {
    const texts = [`"responseTime":21.${legacy}`, `"x":0.${id}`, `${legacy}.5`, `${id}.25`];
    expect(texts.flatMap((t) => findResidentIds(t))).toEqual([]);
    expect(findResidentIds(`id.${id}`).map((m) => m.number)).toEqual([id]);
  });

  it('ignores digits inside longer runs and tokens: timestamps, hashes, serials', () => {
    const texts = [`9${id}`, `${id}7`, `ab${legacy}cd`, `${legacy}0`, '1733500000000000', 'f3e1510104600105321'];
    expect(texts.flatMap((t) => findResidentIds(t))).toEqual([]);
  });
});
