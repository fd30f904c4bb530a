import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, openApiScratch, personalDataConfigSchema } from '../src/index.ts';

describe('the settings of an app built only to write its OpenAPI document', () => {
  it('given a version, signs with the development secret, logs nothing and shares one clock with the storage', () => {
    const scratch = openApiScratch('1.2.3');
    expect(scratch.app).toEqual({
      authSecret: DEV_JWT_SECRET,
      clock: scratch.clock,
      version: '1.2.3',
      logLevel: 'silent',
    });
    expect(scratch.personalData).toEqual(personalDataConfigSchema.parse({}));
    expect(scratch.clock()).toBeInstanceOf(Date);
  });
});
