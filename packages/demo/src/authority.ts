import { ok } from '@tianfu/api-client';
import type { CertifiedLevel, CompetitionTier } from './api-types.ts';
import { devSubjectId } from './dev-tokens.ts';
import type { Platform } from './platform.ts';

/** The authority files an occupation for a body, at the levels it may assess under the standard's version. */
export const fileOccupation = (
  platform: Platform,
  bodyId: string,
  occupationCode: string,
  filing: { readonly standardVersion: string; readonly levels: readonly CertifiedLevel[] },
) =>
  ok(
    platform.admin.assessment.PUT('/v1/bodies/{bodyId}/occupations/{occupationCode}', {
      params: { path: { bodyId, occupationCode } },
      body: { standardVersion: filing.standardVersion, levels: [...filing.levels] },
    }),
  );

/**
 * The authority lets the dev competition organiser register competitions issued by the body at these
 * tiers (docs/domain.md §4.1); a body the competition service has not learnt of yet is BODY_NOT_REGISTERED.
 */
export const grantOrganiser = (platform: Platform, bodyId: string, tiers: readonly CompetitionTier[], reason: string) =>
  ok(
    platform.admin.competition.PUT('/v1/organisers/{organiserId}/grants/{bodyId}', {
      params: { path: { organiserId: devSubjectId({ role: 'competition-organiser' }), bodyId } },
      body: { tiers: [...tiers], reason },
    }),
  );
