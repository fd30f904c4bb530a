import { describe, expect, it } from 'vitest';
import {
  type ConsumedMessage,
  DeadLetterHeaders,
  deadLetterMessage,
  errorCode,
  isInvalidEnvelopeError,
  parseEnvelope,
  toKafkaMessage,
} from '../src/index.ts';
import { envelope } from './fixtures.ts';

describe('envelope codec', () => {
  it('round-trips an envelope through a Kafka message', () => {
    const event = envelope('worker-1', { level: 3 });
    const message = toKafkaMessage(event);
    expect(message.key).toBe('worker-1');
    expect(parseEnvelope(Buffer.from(String(message.value)))).toEqual({ ok: true, event });
  });

  it('names what is wrong with a message that is not an envelope', () => {
    const parsed = parseEnvelope(Buffer.from(JSON.stringify({ eventId: 'x' })));
    if (parsed.ok) throw new Error('parsed a non-envelope');
    expect(isInvalidEnvelopeError(parsed.error)).toBe(true);
    expect(parsed.error.message).toMatch(/eventId/);
    expect(parseEnvelope(null)).toMatchObject({ ok: false });
  });
});

describe('dead-letter message', () => {
  const original: ConsumedMessage = {
    key: Buffer.from('worker-1'),
    value: Buffer.from('{}'),
    headers: { eventId: 'e-1' },
    offset: '41',
    timestamp: '1700000000000',
  };

  it('keeps key, value and headers, and adds the failure and where the message came from', () => {
    const error = Object.assign(new Error('boom'), { code: 11000 });
    const letter = deadLetterMessage(
      { topic: 'tianfu.talent.events', partition: 2, message: original, error, attempts: 4 },
      'career',
      new Date('2025-01-02T03:04:05.000Z'),
    );
    expect(letter.key).toEqual(original.key);
    expect(letter.value).toEqual(original.value);
    expect(letter.headers).toEqual({
      eventId: 'e-1',
      [DeadLetterHeaders.errorMessage]: 'boom',
      [DeadLetterHeaders.errorCode]: '11000',
      [DeadLetterHeaders.topic]: 'tianfu.talent.events',
      [DeadLetterHeaders.partition]: '2',
      [DeadLetterHeaders.offset]: '41',
      [DeadLetterHeaders.timestamp]: '1700000000000',
      [DeadLetterHeaders.attempts]: '4',
      [DeadLetterHeaders.group]: 'career',
      [DeadLetterHeaders.failedAt]: '2025-01-02T03:04:05.000Z',
    });
    expect(errorCode('plain string')).toBeUndefined();
  });
});
