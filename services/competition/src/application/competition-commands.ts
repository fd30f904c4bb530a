import { type CompetitionRegisteredData, type ContestResult, chinaDate, type IdDocument } from '@tianfu/contracts';
import { type BodyRegistry, type IssuerClaim, registeredIssuer } from '@tianfu/platform-bodies';
import {
  type CertificateFacts,
  heldCertificates,
  higherCertifiedLevel,
  highestCertifiedLevel,
} from '@tianfu/platform-certificates';
import type { PersonalDataPort, RequestCaller } from '@tianfu/service-kit';
import type { Entrant } from '../domain/competition-state.ts';
import { pendingAwards } from '../domain/confirm-contest-event.ts';
import { checkGrant } from '../domain/organiser-grants.ts';
import { ruleSet } from '../domain/promotion-rules/rule-sets.ts';
import type { RegisterEntrant } from '../domain/register-entrant.ts';
import type { ResultEntry } from '../domain/results.ts';
import { type CompetitionStreams, owned, type Ran } from './competition-streams.ts';
import type { OrganiserCommands } from './organiser-commands.ts';
import type { PromotionYearClaims } from './promotion-year-claims.ts';

export interface CompetitionCommandsDeps {
  readonly streams: CompetitionStreams;
  readonly personalData: PersonalDataPort;
  readonly claims: PromotionYearClaims;
  /** The certificates the platform knows: an entrant's level is the higher of these and the declared one. */
  readonly certificates: CertificateFacts;
  /** The evaluation bodies the authority registered: a competition's issuer is named as registered. */
  readonly bodies: BodyRegistry;
  readonly organisers: Pick<OrganiserCommands, 'grants'>;
  readonly clock: () => Date;
}

export type RegisterInput = Omit<
  CompetitionRegisteredData,
  'organiser' | 'registeredAt' | 'ruleSetId' | 'issuingBody'
> & {
  readonly ruleSetId: string | null;
  /** Only the body's id counts; a filing number or name sent along must match its registration. */
  readonly issuingBody: IssuerClaim & { readonly bodyId: string };
};

export type EntrantInput = Omit<
  RegisterEntrant['data'],
  'competitionId' | 'workerId' | 'holderName' | 'registeredAt'
> & { readonly document: IdDocument; readonly name: string };

export interface CorrectionInput extends ContestResult {
  readonly reason: string;
}

/** The organiser's commands on a competition. */
export function competitionCommands(deps: CompetitionCommandsDeps) {
  const { streams, personalData, claims, certificates, bodies, organisers, clock } = deps;
  const now = () => clock().toISOString();

  return {
    /** Through a body and at a tier the authority granted the organiser (admin: any), in the body's registered name. */
    async register(input: RegisterInput, caller: RequestCaller): Promise<Ran> {
      const { sub, role } = caller.principal;
      const { bodyId } = input.issuingBody;
      if (role !== 'admin') checkGrant(sub, await organisers.grants(sub), bodyId, input.tier);
      const issuingBody = registeredIssuer(bodyId, input.issuingBody, await bodies.find(bodyId), 'issuingBody');
      return streams.run(input.competitionId, caller, () => ({
        type: 'RegisterCompetition',
        data: { ...input, issuingBody, organiser: sub, registeredAt: now() },
      }));
    },

    /** The name travels sealed; the vault keeps name and number, stored once the entry is accepted. */
    async enter(competitionId: string, input: EntrantInput, caller: RequestCaller) {
      const { document, name, ...entry } = input;
      const { workerId, maskedIdNumber } = personalData.identify(document);
      const [[holderName], facts] = await Promise.all([
        personalData.sealNames([{ workerId, name }]),
        certificates.of([workerId]),
      ]);
      if (holderName === undefined) throw new Error('the vault sealed no name');
      const held = heldCertificates(facts);
      const ran = await streams.run(competitionId, caller, (state) => {
        owned(state, competitionId, caller);
        // "to L, or one up if already at L" (docs/domain.md §4.1) reads the level the worker really holds.
        const occupationCode = state?.contestEvents.get(entry.contestEventId)?.occupationCode ?? '';
        const heldLevel = higherCertifiedLevel(entry.heldLevel, highestCertifiedLevel(held, occupationCode));
        const data = { ...entry, heldLevel, competitionId, workerId, holderName, registeredAt: now() };
        return { type: 'RegisterEntrant', data };
      });
      await personalData.seal({ ...document, name });
      const entrant = ran.competition.contestEvents.get(entry.contestEventId)?.entrants.get(entry.entrantId) as Entrant;
      return { ...ran, entrant, name, maskedIdNumber };
    },

    publish: (competitionId: string, contestEventId: string, results: readonly ResultEntry[], caller: RequestCaller) =>
      streams.run(competitionId, caller, (state) => {
        owned(state, competitionId, caller);
        return { type: 'PublishResults', data: { competitionId, contestEventId, results, publishedAt: now() } };
      }),

    correct: (
      competitionId: string,
      contestEventId: string,
      entrantId: string,
      input: CorrectionInput,
      caller: RequestCaller,
    ) =>
      streams.run(competitionId, caller, (state) => {
        owned(state, competitionId, caller);
        const { reason, ...corrected } = input;
        const correctedBy = caller.principal.sub;
        const data = { competitionId, contestEventId, entrantId, corrected, reason, correctedBy, correctedAt: now() };
        return { type: 'CorrectResult', data };
      }),

    /** Claims each promoted worker's year first, so the cap holds across concurrent confirmations. */
    confirm: (competitionId: string, contestEventId: string, confirmedOn: string | null, caller: RequestCaller) =>
      streams.run(competitionId, caller, async (state) => {
        const competition = owned(state, competitionId, caller);
        const { promotions } = pendingAwards(competition, contestEventId);
        const owner = { competitionId, contestEventId, year: competition.year };
        const taken = await claims.claim(owner, promotions);
        const capRefused = ruleSet(competition.ruleSetId).onePromotionPerYear ? taken : [];
        const confirmedAt = now();
        const data = { competitionId, contestEventId, confirmedAt, confirmedOn: confirmedOn ?? chinaDate(confirmedAt) };
        return { type: 'ConfirmContestEvent', data: { ...data, capRefused } };
      }),

    async load(competitionId: string, caller: RequestCaller) {
      const { state, revision } = await streams.read(competitionId);
      return { competition: owned(state, competitionId, caller), revision };
    },
  };
}

export type CompetitionCommands = ReturnType<typeof competitionCommands>;
