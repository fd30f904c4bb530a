import { kafkajsClient } from './kafkajs/kafkajs-client.ts';
import { platformaticClient } from './platformatic/platformatic-client.ts';
import { KAFKA_CLIENTS, type KafkaClient, type KafkaClientName } from './port/kafka-client.ts';

/** A client of the adapter named (`KAFKA_CLIENT`), kafkajs unless told otherwise. */
export function kafkaClient(
  brokers: readonly string[],
  clientId: string,
  client: KafkaClientName = 'kafkajs',
): KafkaClient {
  return client === 'platformatic' ? platformaticClient(brokers, clientId) : kafkajsClient(brokers, clientId);
}

/** `KAFKA_CLIENT` as a script reads it: unset is the default; an unknown name is refused, naming the choices. */
export function kafkaClientNamed(name: string | undefined): KafkaClientName {
  if (name === undefined || name === '') return 'kafkajs';
  const known = KAFKA_CLIENTS.find((client) => client === name);
  if (known === undefined) throw new Error(`KAFKA_CLIENT must be one of ${KAFKA_CLIENTS.join(', ')}, not ${name}`);
  return known;
}
