import type { Platform } from '../platform.ts';
import type { PlannedTalent } from './plan-talent.ts';
import { once, type Tally } from './tally.ts';

/** The talent office grants the honours and registers the studios and bases. */
export async function seedTalent(platform: Platform, planned: PlannedTalent, tally: Tally): Promise<void> {
  for (const grant of planned.grants) {
    tally.add('honours granted', await once(() => platform.talent.grantHonour(grant), 'HONOUR_ALREADY_GRANTED'));
  }
  for (const base of planned.bases) {
    tally.add('studios and bases', await once(() => platform.talent.registerBase(base), 'BASE_ALREADY_REGISTERED'));
  }
}
