import { createEventRegistry, defineEvent } from '@tianfu/contracts';
import { z } from 'zod';

const happened = defineEvent({ type: 'test.Happened', schemaVersion: 1, schema: z.object({ n: z.number() }) });
const incremented = defineEvent({
  type: 'counter.Incremented',
  schemaVersion: 1,
  schema: z.object({ by: z.number() }),
});

const ratedV1 = z.object({ score: z.number() });
const ratedV1Definition = defineEvent({ type: 'test.Rated', schemaVersion: 1, schema: ratedV1 });
/** Version 2 adds `scale`; a version 1 event was out of 10. */
const rated = defineEvent({
  type: 'test.Rated',
  schemaVersion: 2,
  schema: ratedV1.extend({ scale: z.number() }),
  upcast: (v1: z.output<typeof ratedV1>) => ({ ...v1, scale: 10 }),
});

/** The events the store tests write, one of them with two schema versions. */
export const testEvents = createEventRegistry([happened, incremented, ratedV1Definition, rated]);
