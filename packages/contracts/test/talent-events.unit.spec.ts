import { describe, expect, it } from 'vitest';
import { createEventRegistry, talentEvents } from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

const registry = createEventRegistry([...talentEvents]);
// Data as a writer might send it, right or wrong: the schema, not the compiler, is under test.
const validate = (data: object) => registry.validateNew('talent.BaseRegistered', data as never);
const master = 'ab'.repeat(32);
const sealed = `n1.${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA`;
const base = {
  baseId: 'studio-1',
  kind: 'master-studio',
  level: 'provincial',
  regionCode: '510700',
  industry: '装备制造',
  establishedOn: '2024-05-01',
  masterWorkerId: master,
  memberWorkerIds: [],
};
const envelope = (schemaVersion: number, data: object) => storedEvent('talent.BaseRegistered', schemaVersion, data);

describe('talent.BaseRegistered: a studio named after its master carries the name sealed (version 2)', () => {
  it('a master studio with a master has its name sealed, never in clear; other bases keep it in clear', () => {
    expect(validate({ ...base, name: null, sealedName: sealed })).toMatchObject({
      schemaVersion: 2,
    });
    expect(() => validate({ ...base, name: '赵焊工技能大师工作室', sealedName: sealed })).toThrow(
      /name: a master studio's name travels only sealed/,
    );
    const trainingBase = { ...base, kind: 'high-skill-training-base', masterWorkerId: null };
    expect(
      validate({
        ...trainingBase,
        name: '成都高技能人才培训基地',
        sealedName: null,
      }).data,
    ).toMatchObject({ name: '成都高技能人才培训基地' });
    expect(() => validate({ ...trainingBase, name: '基地', sealedName: sealed })).toThrow(/sealedName/);
  });

  it('a version 1 master studio is read with its clear name withheld; other version 1 bases keep theirs', () => {
    const old = registry.parse(envelope(1, { ...base, name: '赵焊工技能大师工作室' }));
    expect(old).toMatchObject({ schemaVersion: 2, data: { name: null, sealedName: null, masterWorkerId: master } });
    expect(JSON.stringify(old.data)).not.toContain('赵焊工');
    const withoutMaster = registry.parse(envelope(1, { ...base, masterWorkerId: null, name: '川南技能大师工作室' }));
    expect(withoutMaster.data).toMatchObject({ name: '川南技能大师工作室', sealedName: null });
  });
});

describe('talent.HonourGranted: version 2 names the 市(州) that put the worker forward', () => {
  const grant = {
    grantId: `sichuan-technical-expert:2024:${master}`,
    workerId: master,
    holderName: null,
    honour: 'sichuan-technical-expert',
    round: '2024',
    grantedOn: '2024-12-01',
    authority: '四川省人力资源和社会保障厅',
    documentNo: '川人社函〔2024〕1号',
    source: { kind: 'decision' },
  };

  it('a version 1 grant is read with no region; a version 2 grant carries its own', () => {
    const old = registry.parse(storedEvent('talent.HonourGranted', 1, grant));
    expect(old).toMatchObject({ schemaVersion: 2, data: { regionCode: null, round: '2024' } });
    const now = registry.validateNew('talent.HonourGranted', { ...grant, regionCode: '510700' } as never);
    expect(now).toMatchObject({ schemaVersion: 2, data: { regionCode: '510700' } });
    expect(() => registry.validateNew('talent.HonourGranted', { ...grant, regionCode: '5107' } as never)).toThrow(
      /regionCode/,
    );
  });
});
