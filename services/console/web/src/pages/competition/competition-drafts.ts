import {
  CorrectResultSchema,
  PublishResultsSchema,
  RegisterCompetitionSchema,
  RegisterEntrantSchema,
} from '@tianfu/contracts/forms';
import type { z } from 'zod';
import { zodFieldErrors } from '../../ui/field-errors.ts';

/** What a form holds: the typed text of every field. */
export interface ContestEventDraft {
  readonly contestEventId: string;
  readonly name: string;
  readonly occupationCode: string;
  readonly workType: string;
  readonly level: string;
  readonly teamSize: string;
  readonly track: string;
}

export interface RegistrationDraft {
  readonly competitionId: string;
  readonly name: string;
  readonly tier: string;
  readonly year: string;
  readonly bodyId: string;
  readonly contestEvents: readonly ContestEventDraft[];
}

export interface EntrantDraft {
  readonly entrantId: string;
  readonly idNumber: string;
  readonly name: string;
  readonly heldLevel: string;
  readonly teamId: string;
}

export interface ResultDraft {
  readonly entrantId: string;
  readonly rank: string;
  readonly score: string;
  readonly medal: string;
  readonly prize: string;
}

export type Checked<T> =
  | { readonly ok: true; readonly body: T }
  | { readonly ok: false; readonly errors: Record<string, string> };

/** A number typed in a field; text that is no number goes on as typed, for the schema to name. */
const numeric = (typed: string): number | string | undefined => {
  const value = typed.trim();
  if (value === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
};

const orNull = (typed: string): string | null => (typed.trim() === '' ? null : typed);

function checked<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: zodFieldErrors(parsed.error) };
}

/** The registration the form describes, checked by the schema the competition service checks it by. */
export const registrationRequest = ({ bodyId, year, contestEvents, ...competition }: RegistrationDraft) =>
  checked(RegisterCompetitionSchema, {
    ...competition,
    year: numeric(year),
    issuingBody: { bodyId },
    contestEvents: contestEvents.map(({ workType, teamSize, ...contestEvent }) => ({
      ...contestEvent,
      workType: workType.trim() === '' ? undefined : workType,
      teamSize: numeric(teamSize),
    })),
  });

/** An entry by 居民身份证号 and name; its errors name `document.idNumber` as the API does. */
export const entrantRequest = (contestEventId: string, draft: EntrantDraft) =>
  checked(RegisterEntrantSchema, {
    contestEventId,
    entrantId: draft.entrantId,
    document: { idType: 'resident-id-card', idNumber: draft.idNumber },
    name: draft.name,
    heldLevel: orNull(draft.heldLevel),
    teamId: orNull(draft.teamId),
  });

const result = (draft: ResultDraft) => ({
  entrantId: draft.entrantId,
  rank: numeric(draft.rank) ?? null,
  score: numeric(draft.score) ?? null,
  medal: orNull(draft.medal),
  prize: orNull(draft.prize),
});

/** Every entrant's result in one publication; an entrant left blank is published without rank or medal. */
export const resultsRequest = (contestEventId: string, drafts: readonly ResultDraft[]) =>
  checked(PublishResultsSchema, { contestEventId, results: drafts.map(result) });

export const correctionRequest = (draft: ResultDraft, reason: string) =>
  checked(CorrectResultSchema, { ...result(draft), reason });
