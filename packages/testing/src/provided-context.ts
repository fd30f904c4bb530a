import type { MongoFlavour } from './mongo-flavour.ts';

/** What the global setup hands to integration tests through vitest's inject(). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Comma-separated host:port list. */
    kafkaBrokers: string;
    mongoUrl: string;
    mongoFlavour: MongoFlavour;
  }
}
