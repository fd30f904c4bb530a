import { ok } from '@tianfu/api-client';
import type { Platform } from '../platform.ts';
import type { PlannedTalent } from './plan-talent.ts';
import { once, type Tally } from './tally.ts';

/** The talent office grants the honours and registers the studios and bases. */
export async function seedTalent(platform: Platform, planned: PlannedTalent, tally: Tally): Promise<void> {
  const { talentRegistry } = platform.talentOffice;
  for (const grant of planned.grants) {
    const granted = () => ok(talentRegistry.POST('/v1/honours/grants', { body: grant }));
    tally.add('honours granted', await once(granted, 'HONOUR_ALREADY_GRANTED'));
  }
  for (const base of planned.bases) {
    const registered = () => ok(talentRegistry.POST('/v1/bases', { body: base }));
    tally.add('studios and bases', await once(registered, 'BASE_ALREADY_REGISTERED'));
  }
}
