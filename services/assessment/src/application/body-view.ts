import type { EvaluationBody } from '../domain/evaluation-body.ts';

/** The body as it stands after the command, with the stream revision that holds it. */
export interface BodyView extends EvaluationBody {
  readonly revision: number;
}
