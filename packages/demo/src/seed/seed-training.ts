import { ok } from '@tianfu/api-client';
import type { Platform } from '../platform.ts';
import type { DemoClass } from './plan-classes.ts';
import type { DemoProvider } from './plan-providers.ts';
import { once, type Tally } from './tally.ts';

/**
 * The training office registers the providers, grades them and suspends the one supervision
 * caught; then each provider files its classes. A second run finds everything there.
 */
export async function seedTraining(
  platform: Platform,
  providers: readonly DemoProvider[],
  classes: readonly DemoClass[],
  tally: Tally,
): Promise<void> {
  const { training } = platform.trainingOffice;
  for (const { provider, grading, suspension } of providers) {
    const registered = () => ok(training.POST('/v1/providers', { body: provider }));
    const done = await once(registered, 'PROVIDER_ALREADY_REGISTERED');
    tally.add('training providers', done);
    if (done === 'existing') continue;
    const path = { params: { path: { providerId: provider.providerId } } };
    if (grading !== null) await ok(training.POST('/v1/providers/{providerId}/grades', { ...path, body: grading }));
    if (suspension !== null) {
      await ok(training.POST('/v1/providers/{providerId}/suspend', { ...path, body: { reason: suspension } }));
    }
  }
  for (const { providerId, body } of classes) {
    const { training: own } = platform.provider(providerId);
    const filed = () => ok(own.POST('/v1/providers/{providerId}/classes', { params: { path: { providerId } }, body }));
    tally.add('training classes', await once(filed, 'CLASS_ALREADY_FILED'));
  }
}
