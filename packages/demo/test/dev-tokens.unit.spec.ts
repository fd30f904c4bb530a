import { createTokenVerifier } from '@tianfu/service-kit';
import { describe, expect, it } from 'vitest';
import { devTokens } from '../src/dev-tokens.ts';

const SECRET = 'demo-dev-tokens-test-secret-of-32-characters';

describe('devTokens', () => {
  it('signs tokens every service accepts, within the default maximum lifetime', async () => {
    const tokens = devTokens(SECRET);
    const verify = createTokenVerifier({ secret: SECRET });
    expect(await verify(`Bearer ${await tokens({ role: 'hr', region: '510100' })}`)).toEqual({
      sub: 'dev-hr-510100',
      role: 'hr',
      region: '510100',
    });
    expect(await verify(`Bearer ${await tokens({ role: 'assessment-body', bodyId: 'B-1' })}`)).toMatchObject({
      role: 'assessment-body',
      bodyId: 'B-1',
    });
  });
});
