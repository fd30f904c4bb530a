export type { DeciderLike } from './decider-spec.ts';
export { deciderSpec } from './decider-spec.ts';
