import { KAFKA_CLIENTS } from '@tianfu/messaging';
import { z } from 'zod';
import { commaList } from './comma-list.ts';
import { tokenConfigSchema } from './token-config.ts';
import { trustProxySchema } from './trust-proxy.ts';

const required = z.string().trim().min(1);

const port = z
  .string()
  .regex(/^\d{1,5}$/, 'a port number')
  .transform(Number)
  .pipe(z.number().int().max(65_535));

const brokerList = commaList(z.string().regex(/^[^\s:/]+:\d{1,5}$/, 'host:port'));

/** What every service reads from its environment; a service adds its own with `baseConfigSchema.extend({...})`. */
export const baseConfigSchema = z.object({
  SERVICE_NAME: required,
  HOST: required.default('127.0.0.1'),
  PORT: port,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KAFKA_BROKERS: brokerList,
  // The Kafka client behind messaging's port: kafkajs, or @platformatic/kafka for when kafkajs stops working.
  KAFKA_CLIENT: z.enum(KAFKA_CLIENTS).default('kafkajs'),
  // Put before every topic name the service publishes to or reads, so a benchmark's or a second
  // platform's services can share a broker without reading or writing the platform's topics.
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^([a-z0-9-]+\.)?$/, 'empty, or lower-case letters, digits and - ending in a dot, e.g. bench-1.')
    .default(''),
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'a mongodb:// or mongodb+srv:// URL'),
  ...tokenConfigSchema.shape,
  // Strict-Transport-Security max-age, for a service reached over TLS (behind a TLS proxy); 0 sends none.
  HSTS_MAX_AGE_SECONDS: z
    .string()
    .regex(/^\d{1,9}$/, 'whole seconds')
    .transform(Number)
    .default(0),
  TRUST_PROXY: trustProxySchema,
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

export type BaseConfig = z.output<typeof baseConfigSchema>;
