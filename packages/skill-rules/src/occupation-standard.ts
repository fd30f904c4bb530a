import {
  type CertificateDigit,
  type EligibilityDeviation,
  type OccupationCode,
  skillLevelFromDigit,
} from '@tianfu/contracts';
import { type CertifiedLevel, certifiedLevels } from './candidate-background.ts';
import type { TemplateId } from './eligibility-rule.ts';

/** Where one standard's 申报条件 differ from its template, as the catalogue holds it (docs/domain.md §2.3). */
export type RuleDeviation = EligibilityDeviation;

/**
 * One 国家职业技能标准 version of one occupation as the catalogue records it (docs/domain.md §2.3,
 * §3.4): the certificate digits it offers, its template and its deviations as data. A catalogue
 * standard is one as it stands.
 */
export interface OccupationStandard {
  readonly occupationCode: OccupationCode;
  readonly version: string;
  readonly template: TemplateId;
  /** Not every standard offers all five levels (docs/domain.md §3.4). */
  readonly levels: readonly CertificateDigit[];
  readonly deviations: readonly RuleDeviation[];
}

const isCertifiedLevel = (key: string): key is CertifiedLevel => (certifiedLevels as readonly string[]).includes(key);

/** The certified levels a standard offers, lowest first. */
export const levelsOf = (standard: Pick<OccupationStandard, 'levels'>): readonly CertifiedLevel[] =>
  [...standard.levels]
    .sort((a, b) => b - a)
    .map((digit) => skillLevelFromDigit(digit).key)
    .filter(isCertifiedLevel);
