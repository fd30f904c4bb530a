import { describe, expect, it } from 'vitest';
import { credentialHolder, holderNameMatches } from '../src/crypto/index.ts';
import { certificateCredential } from '../src/domain/credential/index.ts';
import { input } from './credential-fixtures.ts';

const idNumber = '513101198201130014';

describe('certificate credential payload (docs/architecture.md "Certificates", docs/domain.md §3.1)', () => {
  it('given an issued 电工 三级 certificate, when built, then it is a VC 2.0 OpenBadgeCredential naming the body as registered', () => {
    const credential = certificateCredential(input);
    expect(credential['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`urn:uuid:${input.certificateId}`);
    expect(credential.issuer).toEqual({ id: 'urn:tianfu:body:body-7', type: ['Profile'], name: input.bodyName });
    expect(credential.validFrom).toBe('2025-06-30T00:00:00+08:00');
    expect(credential.certificateNo).toBe(input.certificateNo);
    const { achievement } = credential.credentialSubject;
    expect(achievement.name).toBe('电工 三级/高级工');
    expect(achievement.level).toEqual({ key: 'level3', label: '三级/高级工' });
    expect(achievement.alignment[0]).toMatchObject({
      targetCode: '6-31-01-03',
      targetFramework: '中华人民共和国职业分类大典（2022年版）',
      targetName: '电工',
    });
  });

  it('given a status list slot, when built, then credentialStatus has a revocation and a suspension entry at that index', () => {
    expect(certificateCredential(input).credentialStatus).toEqual([
      {
        id: 'https://cert.example/v1/status-lists/l1/revocation#4242',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '4242',
        statusListCredential: 'https://cert.example/v1/status-lists/l1/revocation',
      },
      {
        id: 'https://cert.example/v1/status-lists/l1/suspension#4242',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'suspension',
        statusListIndex: '4242',
        statusListCredential: 'https://cert.example/v1/status-lists/l1/suspension',
      },
    ]);
  });

  it('given a work type, when built, then it names the achievement and becomes part of its id', () => {
    const credential = certificateCredential({ ...input, workType: '维修电工' });
    const { achievement } = credential.credentialSubject;
    expect(achievement.name).toBe('电工（维修电工） 三级/高级工');
    expect(achievement.id).toBe(`urn:tianfu:achievement:6-31-01-03:${encodeURIComponent('维修电工')}:level3`);
  });

  it('given the holder, when built, then the payload holds no ID number and no clear full name (docs/domain.md §6.3)', () => {
    const json = JSON.stringify(certificateCredential(input));
    expect(json).not.toContain(idNumber);
    expect(json).not.toContain('张三丰');
    expect(json).not.toContain('三丰');
    expect(certificateCredential(input).credentialSubject.maskedName).toBe('张*');
  });

  it('given the holder, when built, then the payload carries no name material to try common names against: no name identity, hash or salt', () => {
    const credential = certificateCredential(input);
    expect(credential.credentialSubject.identifier.map((i) => i.identityType)).toEqual(['systemId']);
    expect(JSON.stringify(credential)).not.toMatch(/salt|sha256/);
  });

  it('given a holder whose name is unknown or erased, when built, then the credential names no one', () => {
    const credential = certificateCredential({ ...input, maskedName: null });
    expect(credential.credentialSubject.identifier.map((i) => i.identityType)).toEqual(['systemId']);
    expect(credential.credentialSubject.maskedName).toBeNull();
  });

  it('given the salted name hash the server keeps, when told a name, then only the right name matches', () => {
    const { identity } = credentialHolder('张三丰', 'c2FsdC1mb3ItdGhpcy1jcmVkZW50aWFs');
    expect(identity.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(holderNameMatches(identity, '张三丰')).toBe(true);
    expect(holderNameMatches(identity, ' 张三丰 ')).toBe(true);
    expect(holderNameMatches(identity, '张三')).toBe(false);
  });

  it('given two certificates of one holder with different salts, then their name hashes differ', () => {
    const hashOf = (salt: string) => credentialHolder('张三丰', salt).identity.identityHash;
    expect(hashOf('salt-one')).not.toBe(hashOf('salt-two'));
  });
});
