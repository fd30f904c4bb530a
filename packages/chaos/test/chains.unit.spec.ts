import { describe, expect, it } from 'vitest';
import { certificateCauses, issuedCertificates } from '../src/chains.ts';
import type { StoredEvent } from '../src/tally.ts';

const event = (eventId: string, type: string, data: Record<string, unknown>): StoredEvent => ({ eventId, type, data });
const run = { bodyId: 'b1', sessionIds: new Set(['b1-r1']) };

describe('certificateCauses', () => {
  it('given passes, promotions and appointments of the run and of others, when listed, then only the run’s owe a certificate', () => {
    const events = {
      assessment: [
        event('p1', 'assessment.CandidatePassed', { sessionId: 'b1-r1' }),
        event('p2', 'assessment.CandidatePassed', { sessionId: 'other-r1' }),
        event('f1', 'assessment.CandidateFailed', { sessionId: 'b1-r1' }),
      ],
      certification: [],
      competition: [
        event('m1', 'competition.PromotionAwarded', { issuingBody: { bodyId: 'b1' } }),
        event('m2', 'competition.PromotionAwarded', { issuingBody: { bodyId: 'b2' } }),
      ],
      'talent-registry': [
        event('a1', 'talent.AppointmentMade', { post: 'principal-technician', employer: { bodyId: 'b1' } }),
        event('a2', 'talent.AppointmentMade', { post: 'chief-technician', employer: { bodyId: 'b1' } }),
      ],
    };
    expect(certificateCauses(events, run)).toEqual(['p1', 'm1', 'a1']);
  });
});

describe('issuedCertificates', () => {
  it('given certificates of two bodies, when read, then the body’s come with their number, holder and cause', () => {
    const issued = (certificateNo: string, bodyId: string, sourceEventId: string | null) =>
      event(certificateNo, 'certification.CertificateIssued', {
        certificateNo,
        bodyId,
        workerId: `w-${certificateNo}`,
        basis: { path: 'exam', sourceEventId },
      });
    const events = [issued('N1', 'b1', 'p1'), issued('N2', 'b2', 'p2'), issued('N3', 'b1', null)];
    expect(issuedCertificates(events, 'b1')).toEqual([
      { certificateNo: 'N1', workerId: 'w-N1', sourceEventId: 'p1' },
      { certificateNo: 'N3', workerId: 'w-N3', sourceEventId: null },
    ]);
  });
});
