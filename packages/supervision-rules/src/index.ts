export { certificateBursts, type SessionIssues } from './certificate-burst.ts';
export { examinerOwnEmployer, type SessionPanel } from './examiner-own-employer.ts';
export { type ClaimForCertificate, claimForHeldLevel, type HeldCertificate } from './held-level-claim.ts';
export { identicalSignIns, type SignIn } from './identical-sign-ins.ts';
export { type Occasion, overlappingOccasions } from './overlapping-occasions.ts';
export { type DrawPools, type DrawResult, drawInspection, revealsCommitment, seedCommitment } from './random-draw.ts';
export { rateAbovePeers, type UnitTally } from './rate-above-peers.ts';
export {
  betaBinomialUpperTail,
  binomialUpperTail,
  type PeerRate,
  peerRate,
  type Tally,
  upperTailAgainstPeers,
} from './rate-tails.ts';
export { type FactValue, type Signal, type SignalRule, type SubjectKind, signalRules } from './signal.ts';
export { type SignalThresholds, signalThresholds } from './signal-thresholds.ts';
