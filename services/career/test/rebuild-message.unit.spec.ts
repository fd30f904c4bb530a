import { type ConsumedMessage, toKafkaMessage } from '@tianfu/messaging';
import { describe, expect, it } from 'vitest';
import { replayedMessage } from '../src/application/rebuild/replayed-message.ts';
import { issued, workerIdOf } from './rebuild-fixtures.ts';

const asFetched = (value: string, type: string | undefined): ConsumedMessage => ({
  key: null,
  value: Buffer.from(value),
  headers: type === undefined ? {} : { type },
  offset: '0',
  timestamp: '0',
});
const message = (event: ReturnType<typeof issued>['event']) =>
  asFetched(String(toKafkaMessage(event).value), event.type);

describe('a replayed message during a rebuild', () => {
  const certificate = issued(workerIdOf(1), 1, 'level3', '2022-06-20').event;

  it('projects an event the career projection reads, as the live policy does', () => {
    const replayed = replayedMessage(message(certificate));
    expect(replayed.kind).toBe('projected');
    expect(replayed.kind === 'projected' && replayed.event.facts).toMatchObject([
      { kind: 'certificate', factId: certificate.eventId, workerId: workerIdOf(1), level: 'level3' },
    ]);
  });

  it('skips an event of a type it does not read without parsing it, by its type header', () => {
    expect(replayedMessage(asFetched('not json', 'assessment.SessionOpened'))).toEqual({ kind: 'ignored' });
  });

  it('leaves out what breaks its contract, as the live consumer dead-letters it', () => {
    expect(replayedMessage(asFetched('not json', 'certification.CertificateIssued'))).toEqual({ kind: 'invalid' });
    const broken = { ...certificate, data: { ...(certificate.data as object), level: 'level9' } };
    expect(replayedMessage(message(broken))).toEqual({ kind: 'invalid' });
  });

  it('parses a message without headers to learn its type', () => {
    expect(replayedMessage(asFetched(String(toKafkaMessage(certificate).value), undefined)).kind).toBe('projected');
  });
});
