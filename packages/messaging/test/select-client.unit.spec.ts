import { describe, expect, it } from 'vitest';
import { kafkaClient, kafkaClientNamed } from '../src/index.ts';

describe('choosing the Kafka client', () => {
  it('given no KAFKA_CLIENT, then kafkajs; given a known name, then that adapter', () => {
    expect(kafkaClientNamed(undefined)).toBe('kafkajs');
    expect(kafkaClientNamed('')).toBe('kafkajs');
    expect(kafkaClientNamed('platformatic')).toBe('platformatic');
    expect(kafkaClient(['127.0.0.1:9092'], 'choice', 'platformatic').name).toBe('platformatic');
    expect(kafkaClient(['127.0.0.1:9092'], 'choice').name).toBe('kafkajs');
  });

  it('given a client it has no adapter for, then it refuses, naming the choices', () => {
    expect(() => kafkaClientNamed('rdkafka')).toThrow('KAFKA_CLIENT must be one of kafkajs, platformatic, not rdkafka');
  });
});
