// `pnpm dlq`: the dead letters of every topic, and their replay once the cause is fixed.
//   pnpm dlq                                  lists them per topic, with the group and the error
//   pnpm dlq replay <id>...                   replays these (ids as listed: <dlq topic>/<partition>/<offset>)
//   pnpm dlq replay --all [--group <group>]   replays every one (of that group)
// A replay goes back on its topic for the group that dead-lettered it alone; replaying twice applies
// nothing twice. Reads KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_CLIENT and KAFKA_TOPIC_PREFIX.
import { allTopics } from '@tianfu/contracts';
import { readDeadLetters, replayDeadLetters, type StoredDeadLetter } from '../src/dead-letter-queue.ts';
import { kafkaClient, kafkaClientNamed } from '../src/select-client.ts';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const kafka = kafkaClient(brokers, 'tianfu-dlq', kafkaClientNamed(process.env.KAFKA_CLIENT));
const dlqTopics = allTopics()
  .filter((t) => t.endsWith('.dlq'))
  .map((t) => `${prefix}${t}`);

const say = (line: string) => process.stdout.write(`${line}\n`);
const usage = 'usage: pnpm dlq [replay <id>... | replay --all [--group <group>]]';

function describe(letter: StoredDeadLetter): string {
  const what = [letter.type ?? 'unreadable message', letter.eventId ?? ''].join(' ').trim();
  const again = letter.replayOf ? ` (its replay of ${letter.replayOf} failed again)` : '';
  const error = `${letter.errorCode ? `${letter.errorCode}: ` : ''}${letter.error}`.replace(/\s+/g, ' ').slice(0, 300);
  return `  ${letter.id}  group ${letter.group}  ${what}  at ${letter.failedAt ?? '?'}${again}\n    ${error}`;
}

async function list(): Promise<void> {
  for (const topic of dlqTopics) {
    const letters = await readDeadLetters(kafka, topic).catch((error: unknown) => {
      say(`${topic}: could not be read (${error instanceof Error ? error.message : String(error)})`);
      return null;
    });
    if (letters === null) continue;
    say(`${topic}: ${letters.length} dead letter${letters.length === 1 ? '' : 's'}`);
    for (const letter of letters) say(describe(letter));
  }
}

async function replay(args: readonly string[]): Promise<void> {
  const all = args.includes('--all');
  const groupAt = args.indexOf('--group');
  const group = groupAt >= 0 ? args[groupAt + 1] : undefined;
  const ids = new Set(args.filter((a, i) => !a.startsWith('--') && i !== groupAt + 1));
  if (!all && ids.size === 0) throw new Error(usage);
  const letters = (await Promise.all(dlqTopics.map((t) => readDeadLetters(kafka, t))))
    .flat()
    .filter((l) => (all ? group === undefined || l.group === group : ids.has(l.id)));
  const unknown = [...ids].filter((id) => !letters.some((l) => l.id === id));
  if (unknown.length > 0) throw new Error(`no dead letter ${unknown.join(', ')} (pnpm dlq lists them)`);
  await replayDeadLetters(kafka, letters);
  for (const letter of letters) say(`replayed ${letter.id} to ${letter.topic} for ${letter.group}`);
  say(`${letters.length} replayed; pnpm dlq shows any that fail again`);
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === undefined || command === 'list') await list();
  else if (command === 'replay') await replay(rest);
  else throw new Error(usage);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
