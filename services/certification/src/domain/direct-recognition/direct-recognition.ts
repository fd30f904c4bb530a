import type { CatalogueState } from '@tianfu/catalogue-view/state';
import { clipText } from '@tianfu/contracts';
import { domainError } from '@tianfu/decider';
import { checkOffered } from '../catalogue-offer.ts';
import { certificateIdFor, type Issuance } from '../issuance.ts';
import type { NumberedLevel } from '../numbering/index.ts';
import { type RecognitionRule, recognitionRules } from './recognition-rules.ts';

/** The evidence the certificate office records with a direct recognition. */
export interface RecognitionEvidence {
  readonly yearsInOccupation: number;
  readonly employer: { readonly name: string; readonly creditCode: string | null };
  readonly panel: {
    readonly decision: 'approved' | 'rejected';
    readonly decidedOn: string;
    readonly documentNo: string;
  };
  /** The level the worker holds in the occupation, when a rule asks for one. */
  readonly heldLevel: NumberedLevel | null;
}

export interface RecogniseDirectly
  extends Pick<Issuance, 'workerId' | 'holderName' | 'body' | 'occupationCode' | 'workType' | 'level'> {
  /** The office's own id for the case: recognising it again issues nothing new. */
  readonly recognitionId: string;
  readonly evidence: RecognitionEvidence;
}

export type RecognitionErrorCode =
  | 'RECOGNITION_NOT_ELIGIBLE'
  | 'RECOGNITION_PANEL_NOT_APPROVED'
  | 'RECOGNITION_DATE_IMPLAUSIBLE';

/** 职业技能等级认定, and the recognition that stands in for its exam, began in 2019. */
const EARLIEST_DECISION = '2019-01-01';

/** The certificate is dated the panel's decision: a day before 2019 or after today dates it wrongly. */
function checkDecisionDay(decidedOn: string, today: string): void {
  const rule = decidedOn > today ? 'not_after_today' : decidedOn < EARLIEST_DECISION ? 'not_before_2019' : null;
  if (rule === null) return;
  throw domainError<RecognitionErrorCode>(
    'RECOGNITION_DATE_IMPLAUSIBLE',
    `the panel's decision day ${decidedOn} must lie between ${EARLIEST_DECISION} and today (${today})`,
    { field: 'evidence.panel.decidedOn', rule },
  );
}

const order: readonly NumberedLevel[] = ['level5', 'level4', 'level3', 'level2', 'level1', 'principal-technician'];
const atLeast = (held: NumberedLevel | null, needed: NumberedLevel) =>
  held !== null && order.indexOf(held) >= order.indexOf(needed);

function unmet(rule: RecognitionRule, evidence: RecognitionEvidence): string[] {
  return [
    ...(evidence.yearsInOccupation < rule.minYears
      ? [`needs ${rule.minYears} years, has ${evidence.yearsInOccupation}`]
      : []),
    ...(rule.requiresHeld !== null && !atLeast(evidence.heldLevel, rule.requiresHeld)
      ? [`needs ${rule.requiresHeld} held in the occupation`]
      : []),
  ];
}

/**
 * Decides a direct recognition by the rule table: the panel approved, the catalogue offered the
 * occupation and level on the day of the decision, and the level's rule is met. The certificate
 * is dated the panel's decision and its id derives from the case id. `today` is the China date
 * the office records it on.
 */
export function directRecognition(
  command: RecogniseDirectly,
  today: string,
  catalogue: CatalogueState,
  rules = recognitionRules,
): Issuance {
  const { evidence, level } = command;
  checkDecisionDay(evidence.panel.decidedOn, today);
  if (evidence.panel.decision !== 'approved') {
    throw domainError<RecognitionErrorCode>(
      'RECOGNITION_PANEL_NOT_APPROVED',
      `panel decision ${evidence.panel.documentNo} did not approve the recognition`,
    );
  }
  checkOffered(catalogue, command, evidence.panel.decidedOn);
  const rule = rules.find((r) => r.level === level);
  const problems = rule === undefined ? [`no direct recognition rule for ${level}`] : unmet(rule, evidence);
  if (rule === undefined || problems.length > 0) {
    throw domainError<RecognitionErrorCode>(
      'RECOGNITION_NOT_ELIGIBLE',
      `not eligible for ${level}: ${problems.join('; ')}`,
      {
        ruleId: rule?.ruleId ?? null,
        rule: rule?.text ?? null,
        unmet: problems,
      },
    );
  }
  return {
    certificateId: certificateIdFor(`direct-recognition:${command.recognitionId}`),
    workerId: command.workerId,
    holderName: command.holderName,
    body: command.body,
    occupationCode: command.occupationCode,
    workType: command.workType,
    level,
    issuedOn: evidence.panel.decidedOn,
    basis: {
      path: 'direct-recognition',
      sourceEventId: null,
      reference: clipText(
        `rule ${rule.ruleId}; panel ${evidence.panel.documentNo}; employer ${evidence.employer.name}; ${evidence.yearsInOccupation} yrs`,
        300,
      ),
    },
    certificateNo: null,
  };
}
