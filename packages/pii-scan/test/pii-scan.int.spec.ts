import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createTestTopic, residentIdNumber, testKafka, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { piiFinder, scanKafka, scanLogs, scanMongo } from '../src/index.ts';

const id = residentIdNumber(2_024, '510722');
const masked = `${id.slice(0, 4)}**********${id.slice(-4)}`;
const finder = piiFinder(['欧阳明月']);
const kafka = () => testKafka('pii-scan-test');
const db = useTestDatabase('pii_scan');
let logDir = '';

beforeAll(async () => {
  logDir = await mkdtemp(join(tmpdir(), 'pii-scan-'));
});
afterAll(async () => {
  await rm(logDir, { recursive: true, force: true });
});

describe('the personal-data scan, scoped to what this suite planted', () => {
  it('finds a raw number in a message of its topic by partition and offset, and leaves no consumer group', async () => {
    const topic = await createTestTopic('pii_scan');
    const producer = kafka().producer();
    await producer.connect();
    await producer.send(topic, [
      { key: 'w1', value: '{"clean":true}', partition: 2 },
      { key: 'w1', value: JSON.stringify({ data: { idNumber: id } }), partition: 2 },
      { key: 'w2', value: '{}', headers: { holder: '欧阳明月' }, partition: 0 },
    ]);
    await producer.disconnect();
    const admin = kafka().admin();
    await admin.connect();
    const groupsBefore = (await admin.listGroups()).filter((g) => g.startsWith('pii-scan-')).length;

    const scan = await scanKafka(kafka(), finder, [topic]);

    const groupsAfter = (await admin.listGroups()).filter((g) => g.startsWith('pii-scan-')).length;
    await admin.disconnect();
    expect(scan.scanned).toContain('3 messages');
    const hits = scan.hits.map((h) => [h.where, h.finding.masked]).sort();
    expect(hits).toEqual([
      [`${topic}/0@0 header holder`, '欧*'],
      [`${topic}/2@1 value`, masked],
    ]);
    expect(groupsAfter).toBeLessThanOrEqual(groupsBefore);
  });

  it('finds a raw number in a document by database, collection and _id', async () => {
    await db()
      .collection('people')
      .insertMany([
        { _id: 'clean', note: 'sealed' } as never,
        { _id: 'leaky', nested: [{ text: `证件 ${id}` }] } as never,
      ]);
    const scan = await scanMongo(db().client, finder, [db().databaseName]);
    expect(scan.scanned).toContain('1 collections, 2 documents');
    expect(scan.hits.map((h) => [h.where, h.finding.masked])).toEqual([
      [`${db().databaseName}.people/"leaky"`, masked],
    ]);
  });

  it('finds a raw number and a name in a log by file and line, nested under a directory', async () => {
    await writeFile(join(logDir, 'svc.log'), `{"msg":"start"}\n{"msg":"ok"}\n{"msg":"enrolled","id":"${id}"}\n`);
    await mkdir(join(logDir, 'services'));
    await writeFile(join(logDir, 'services', 'svc.log.1'), 'x\n欧阳明月\n');
    await writeFile(join(logDir, 'notes.txt'), id);
    const scan = await scanLogs(logDir, finder);
    expect(scan.scanned).toContain('2 files');
    const hits = scan.hits.map((h) => [relative(logDir, h.where), h.finding.masked]);
    expect(hits).toEqual([
      ['services/svc.log.1:2', '欧*'],
      ['svc.log:3', masked],
    ]);
  });
});
