import type { CatalogueOccupation } from '@tianfu/catalogue-view/state';
import type {
  BodyRegisteredData,
  BodyReinstatedData,
  BodySuspendedData,
  FilingWithdrawnData,
  NewEvent,
  OccupationFiledData,
} from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import {
  bodyAlreadyRegistered,
  bodyAlreadySuspended,
  bodyCategoryMismatch,
  bodyNotRegistered,
  bodyNotSuspended,
  bodySuspended,
  filingNotFound,
} from './body-errors.ts';
import { checkFiling } from './catalogue-standard.ts';

/** 评价机构 (docs/domain.md §2.1): registered by the provincial authority, suspended and reinstated by supervision. */
export type BodyKind = BodyRegisteredData['kind'];
export type BodyCategory = BodyRegisteredData['category'];
export type BodyStatus = 'active' | 'suspended';

export interface EvaluationBody extends BodyRegisteredData {
  readonly status: BodyStatus;
  /** Why the body was last suspended or reinstated; null until then. */
  readonly statusReason: string | null;
  /** 备案: what the body may assess, one entry per occupation (docs/domain.md §2.1). */
  readonly filings: readonly Filing[];
}

export type Filing = Omit<OccupationFiledData, 'bodyId'>;

export type BodyState = EvaluationBody | null;

export interface RegisterBody {
  readonly type: 'RegisterBody';
  /** Without a category, the 备案号's letter says employer (Y) or social organisation (S). */
  readonly data: Omit<BodyRegisteredData, 'kind' | 'category'> & { readonly category?: BodyCategory };
}
export interface SuspendBody {
  readonly type: 'SuspendBody';
  readonly data: { readonly bodyId: string; readonly reason: string; readonly at: string };
}
export interface ReinstateBody {
  readonly type: 'ReinstateBody';
  readonly data: { readonly bodyId: string; readonly reason: string; readonly at: string };
}
export interface FileOccupation {
  readonly type: 'FileOccupation';
  readonly data: OccupationFiledData;
  /** The catalogue's record of the occupation, as the handler found it; null when the catalogue has none. */
  readonly occupation: CatalogueOccupation | null;
}
export interface WithdrawFiling {
  readonly type: 'WithdrawFiling';
  readonly data: FilingWithdrawnData;
}
export type BodyCommand = RegisterBody | SuspendBody | ReinstateBody | FileOccupation | WithdrawFiling;

export type BodyEvent =
  | DomainEvent<'assessment.BodyRegistered', BodyRegisteredData>
  | DomainEvent<'assessment.BodySuspended', BodySuspendedData>
  | DomainEvent<'assessment.BodyReinstated', BodyReinstatedData>
  | DomainEvent<'assessment.OccupationFiled', OccupationFiledData>
  | DomainEvent<'assessment.FilingWithdrawn', FilingWithdrawnData>;

type Emitted = NewEvent<BodyEvent['type'], BodyEvent['data']>;

/** The kind is the 备案号's first letter (docs/domain.md §3.2, position 1). */
export const bodyKindOf = (filingNo: string): BodyKind => (filingNo.startsWith('S') ? 'S' : 'Y');

function registered(state: BodyState, bodyId: string): EvaluationBody {
  if (state === null) throw bodyNotRegistered(`evaluation body ${bodyId} is not registered`);
  return state;
}

function decide(command: BodyCommand, state: BodyState): readonly Emitted[] {
  const { bodyId } = command.data;
  switch (command.type) {
    case 'RegisterBody': {
      if (state !== null) throw bodyAlreadyRegistered(`evaluation body ${bodyId} is already registered`);
      const kind = bodyKindOf(command.data.filingNo);
      const category = command.data.category ?? (kind === 'S' ? 'social-organisation' : 'employer');
      // Employers and 技工院校 are Y-coded, social organisations S-coded (docs/domain.md §2.1, §3.2).
      if ((category === 'social-organisation') !== (kind === 'S')) {
        throw bodyCategoryMismatch(
          `a ${category} files with a ${category === 'social-organisation' ? 'S' : 'Y'} 备案号`,
        );
      }
      const data = { ...command.data, kind, category };
      return [
        {
          type: 'assessment.BodyRegistered',
          data,
          occurredAt: data.registeredAt,
        },
      ];
    }
    case 'SuspendBody': {
      if (registered(state, bodyId).status === 'suspended') {
        throw bodyAlreadySuspended(`evaluation body ${bodyId} is already suspended`);
      }
      const { reason, at } = command.data;
      return [{ type: 'assessment.BodySuspended', data: { bodyId, reason, suspendedAt: at }, occurredAt: at }];
    }
    case 'ReinstateBody': {
      if (registered(state, bodyId).status !== 'suspended') {
        throw bodyNotSuspended(`evaluation body ${bodyId} is not suspended`);
      }
      const { reason, at } = command.data;
      return [{ type: 'assessment.BodyReinstated', data: { bodyId, reason, reinstatedAt: at }, occurredAt: at }];
    }
    case 'FileOccupation': {
      if (registered(state, bodyId).status === 'suspended') throw bodySuspended(bodyId);
      const { data } = command;
      checkFiling(command.occupation, data);
      return [{ type: 'assessment.OccupationFiled', data, occurredAt: data.filedAt }];
    }
    case 'WithdrawFiling': {
      const { occupationCode } = command.data;
      if (!registered(state, bodyId).filings.some((f) => f.occupationCode === occupationCode)) {
        throw filingNotFound(`evaluation body ${bodyId} has no filing for ${occupationCode}`);
      }
      return [{ type: 'assessment.FilingWithdrawn', data: command.data, occurredAt: command.data.withdrawnAt }];
    }
  }
}

function evolve(state: BodyState, event: BodyEvent): BodyState {
  switch (event.type) {
    case 'assessment.BodyRegistered':
      return { ...event.data, status: 'active', statusReason: null, filings: [] };
    case 'assessment.BodySuspended':
      return state && { ...state, status: 'suspended', statusReason: event.data.reason };
    case 'assessment.BodyReinstated':
      return state && { ...state, status: 'active', statusReason: event.data.reason };
    case 'assessment.OccupationFiled': {
      const { bodyId: _, ...filing } = event.data;
      const others = state?.filings.filter((f) => f.occupationCode !== filing.occupationCode) ?? [];
      return state && { ...state, filings: [...others, filing] };
    }
    case 'assessment.FilingWithdrawn':
      return (
        state && { ...state, filings: state.filings.filter((f) => f.occupationCode !== event.data.occupationCode) }
      );
  }
}

export const evaluationBody: Decider<BodyCommand, BodyState, BodyEvent> = {
  initialState: () => null,
  decide,
  evolve,
};

/** The filing that lets the body assess this occupation at this level, or undefined. */
export const filingFor = (body: EvaluationBody, occupationCode: string, level: string): Filing | undefined =>
  body.filings.find((f) => f.occupationCode === occupationCode && f.levels.some((l) => l === level));
