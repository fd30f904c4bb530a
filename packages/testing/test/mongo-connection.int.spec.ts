import { connectMongo } from '@tianfu/service-kit';
import { describe, expect, inject, it } from 'vitest';
import '../src/provided-context.ts';

describe('connectMongo (service-kit) against the test server', () => {
  it('tells FerretDB from MongoDB and says so in the log on FerretDB', async () => {
    const warnings: string[] = [];
    const { client, flavour } = await connectMongo(inject('mongoUrl'), {
      warn: (_, message) => warnings.push(message),
    });
    try {
      expect(flavour).toBe(inject('mongoFlavour'));
      expect(warnings.some((m) => m.includes('FerretDB'))).toBe(flavour === 'ferretdb');
    } finally {
      await client.close();
    }
  });
});
