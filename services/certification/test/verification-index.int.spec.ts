import { waitUntil } from '@tianfu/testing';
import { type CommandStartedEvent, type Document, MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogueNames, occupationNames } from '../src/application/catalogue-port.ts';
import type { CertificateRecord } from '../src/application/certificate-records.ts';
import { certificateTokens } from '../src/application/certificate-tokens.ts';
import { credentialSignatures } from '../src/application/credential-signatures.ts';
import type { StatusFlag } from '../src/application/status-lists.ts';
import { type Verifier, verifier } from '../src/application/verification.ts';
import { type VerificationIndex, verificationIndex } from '../src/application/verification-index.ts';
import { BASE_URL, useCertificationApp } from './http-fixtures.ts';

const fixture = useCertificationApp('certification-index');
// A second instance on its own connection, so every command it sends to the server is counted.
let monitored: MongoClient;
let commands: string[] = [];
let index: VerificationIndex;
let other: Verifier;

beforeAll(async () => {
  monitored = await MongoClient.connect(inject('mongoUrl'), { monitorCommands: true });
  monitored.on('commandStarted', (event) => commands.push(event.commandName));
  const otherDb = monitored.db(fixture().db.databaseName);
  index = verificationIndex({
    records: otherDb.collection<CertificateRecord>('certificates'),
    flags: otherDb.collection<StatusFlag>('status_flags'),
    erasures: fixture().storage.erasures,
    clock: () => new Date(),
    pollMs: 100,
  });
  const { keys } = fixture().storage;
  const tokens = certificateTokens(keys, BASE_URL, occupationNames(fixture().catalogue));
  other = verifier({
    index,
    clock: () => new Date(),
    catalogueNameOf: catalogueNames(fixture().catalogue),
    jwks: keys.jwks,
    signedBy: credentialSignatures(tokens, keys.jwks),
  });
}, 60_000);

afterAll(async () => {
  index?.stop();
  await monitored?.close();
});

describe('the verification index holds every certificate', () => {
  it('a hit, a miss and a wrong name are answered from memory: not one command reaches the database', async () => {
    const no = await fixture().issueTo('欧阳修');
    await index.start();
    index.stop(); // no polls while counting
    commands = [];
    const unknown = `${no.slice(0, -6)}${String((Number(no.slice(-6)) + 500_000) % 1_000_000).padStart(6, '0')}`;
    for (let i = 0; i < 200; i++) {
      expect((await other.verify({ certificateNo: no, name: '欧阳修' })).result).toBe('valid');
      expect((await other.verify({ certificateNo: no, name: '欧阳询' })).result).toBe('not-found');
      expect((await other.verify({ certificateNo: unknown, name: '欧阳修' })).result).toBe('not-found');
    }
    const batch = await other.verifyMany([
      { certificateNo: unknown, name: '欧阳修' },
      { certificateNo: no, name: '欧阳修' },
    ]);
    expect(batch.map((answer) => answer.result)).toEqual(['not-found', 'valid']);
    expect(commands).toEqual([]);
  });

  it('a certificate another instance issues verifies here within a second', async () => {
    await index.start();
    const no = await fixture().issueTo('司马光');
    const issuedAt = Date.now();
    await waitUntil(
      async () => (await other.verify({ certificateNo: no, name: '司马光' })).result,
      (result) => result === 'valid',
      { what: 'the other instance to verify the new certificate', timeoutMs: 5_000, intervalMs: 20 },
    );
    expect(Date.now() - issuedAt).toBeLessThan(1_000);
    index.stop();
  });

  it('a poll asks for the last minutes by equality: a range on recordedAt reads the whole collection on FerretDB', async () => {
    await fixture().issueTo('苏轼');
    const filters: Document[] = [];
    const onFind = (event: CommandStartedEvent) => {
      if (event.commandName === 'find' && event.command.find === 'certificates') filters.push(event.command.filter);
    };
    monitored.on('commandStarted', onFind);
    await index.start();
    index.stop();
    monitored.off('commandStarted', onFind);
    const polls = filters.filter((filter) => Object.keys(filter).length > 0 && !('_id' in filter));
    expect(polls.length).toBeGreaterThan(0);
    for (const filter of polls)
      expect(filter).toEqual({ recordedMinute: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/) });
  });
});
