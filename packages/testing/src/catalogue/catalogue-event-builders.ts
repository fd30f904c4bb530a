import type { CatalogueEvent } from '@tianfu/catalogue-view/state';
import type { CertificateDigit, EligibilityDeviation } from '@tianfu/contracts';

const testReason = '测试目录 (test catalogue)';

export interface OccupationOptions {
  readonly workTypes?: string[];
  readonly reason?: string;
}

/** A skilled occupation, neither digital nor green, as the catalogue adds it. */
export const occupationAdded = (
  code: string,
  name: string,
  { workTypes = [], reason = testReason }: OccupationOptions = {},
): CatalogueEvent => ({
  type: 'catalogue.OccupationAdded',
  data: {
    code,
    name,
    kind: 'skilled',
    digital: false,
    green: false,
    workTypes,
    newOccupationPublishedOn: null,
    reason,
  },
});

export interface StandardOptions {
  readonly template?: 'A' | 'B';
  readonly levels?: CertificateDigit[];
  readonly title?: string;
  readonly deviations?: EligibilityDeviation[];
  readonly reason?: string;
}

const standardData = (
  occupationCode: string,
  version: string,
  effectiveFrom: string,
  {
    template = 'A',
    levels = [5, 4, 3, 2, 1],
    title = `国家职业技能标准 ${occupationCode}（${version}年版）`,
    deviations = [],
    reason = testReason,
  }: StandardOptions,
) => ({ occupationCode, version, title, levels, template, deviations, effectiveFrom, reason });

/** A standard for an occupation, in force from `effectiveFrom`: by default template A over all five levels. */
export const standardAdded = (
  occupationCode: string,
  version: string,
  effectiveFrom: string,
  options: StandardOptions = {},
): CatalogueEvent => ({
  type: 'catalogue.StandardAdded',
  data: standardData(occupationCode, version, effectiveFrom, options),
});

/** A standard as amended, whole: the same defaults as standardAdded. */
export const standardAmended = (
  occupationCode: string,
  version: string,
  effectiveFrom: string,
  options: StandardOptions = {},
): CatalogueEvent => ({
  type: 'catalogue.StandardAmended',
  data: standardData(occupationCode, version, effectiveFrom, options),
});

/** A 大类, 中类 or 小类 of the catalogue. */
export const groupAdded = (code: string, name: string, reason = testReason): CatalogueEvent => ({
  type: 'catalogue.GroupAdded',
  data: { code, name, reason },
});
