import { chinaDate, type IdDocument, type SealedName, type WorkerId } from '@tianfu/contracts';
import type { Caller } from '@tianfu/service-kit';
import type { Certificate } from '../domain/certificate.ts';
import { certificateError } from '../domain/certificate-errors.ts';
import { directRecognition, type RecogniseDirectly } from '../domain/direct-recognition/direct-recognition.ts';
import type { Issuance } from '../domain/issuance.ts';
import { type LegacyCertificate, type LegacyProblem, legacyIssuance } from '../domain/legacy-certificate.ts';
import type { CataloguePort } from './catalogue-port.ts';
import type { IssueCertificate } from './certificate-issuer.ts';
import type { HolderNames } from './holder-names.ts';

interface Holder {
  readonly workerId: WorkerId;
  readonly holderName: SealedName | null;
}

interface Person {
  readonly document: IdDocument;
  readonly name: string;
}

export type DirectRecognitionInput = Omit<RecogniseDirectly, 'workerId' | 'holderName'> & Person;
export type LegacyInput = Omit<LegacyCertificate, 'workerId' | 'holderName'> & Person;

export type LegacyOutcome = 'imported' | 'already-imported' | 'held-by-another-worker';

/** Rows at once while importing: the serial and status index allocators are the slow part. */
const IMPORT_CONCURRENCY = 8;

/** The certificate office's own issuance paths: direct recognition and legacy import, judged by the catalogue. */
export function issuanceCommands(
  issue: IssueCertificate,
  names: HolderNames,
  catalogue: CataloguePort,
  clock: () => Date,
) {
  const sealed = async (people: readonly Person[]): Promise<Holder[]> => {
    const identified = people.map((p) => ({ workerId: names.identify(p.document).workerId, name: p.name }));
    const holderNames = await names.sealNames(identified);
    return identified.map(({ workerId }, i) => ({ workerId, holderName: holderNames[i] ?? null }));
  };

  const issued = async (issuance: Issuance, caller: Caller): Promise<Certificate> => {
    const result = await issue(issuance, { ...caller, causationId: null });
    if (result.state === null) throw new Error(`issuing ${issuance.certificateId} left no certificate`);
    return result.state;
  };

  return {
    async recogniseDirectly(input: DirectRecognitionInput, caller: Caller): Promise<Certificate> {
      const [holder] = (await sealed([input])) as [Holder];
      return issued(directRecognition({ ...input, ...holder }, chinaDate(clock()), catalogue.current()), caller);
    },

    /** The whole batch is checked first: any bad row and nothing is imported. */
    async importLegacy(rows: readonly LegacyInput[], caller: Caller) {
      const holders = await sealed(rows);
      const today = chinaDate(clock());
      const held = catalogue.current();
      const checked = rows.map((row, i) => legacyIssuance({ ...row, ...(holders[i] as Holder) }, today, held));
      const problems = checked.flatMap((c, i) =>
        c.ok ? [] : c.problems.map((p: LegacyProblem) => ({ row: i + 1, ...p })),
      );
      if (problems.length > 0) {
        throw certificateError('LEGACY_ROWS_REJECTED', `${problems.length} problem(s); nothing was imported`, {
          rows: problems,
        });
      }
      const outcomes: { row: number; certificateNo: string; outcome: LegacyOutcome }[] = new Array(rows.length);
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < checked.length; i = next++) {
          const { issuance } = checked[i] as { issuance: Issuance };
          const result = await issue(issuance, { ...caller, causationId: null });
          const outcome: LegacyOutcome =
            result.events.length > 0
              ? 'imported'
              : result.state?.workerId === issuance.workerId
                ? 'already-imported'
                : 'held-by-another-worker';
          outcomes[i] = { row: i + 1, certificateNo: issuance.certificateNo as string, outcome };
        }
      };
      await Promise.all(Array.from({ length: Math.min(IMPORT_CONCURRENCY, rows.length) }, worker));
      return outcomes;
    },
  };
}

export type IssuanceCommands = ReturnType<typeof issuanceCommands>;
