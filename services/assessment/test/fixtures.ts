import type { Principal } from '@tianfu/service-kit';
import { signToken } from '@tianfu/service-kit';

export const SECRET = 'assessment-test-secret-at-least-32-characters';
export const NOW = new Date('2025-06-01T08:00:00.000Z');
export const clock = (): Date => NOW;

/** A Sichuan college (技师学院) filed as Y, with a credit code whose check character is right. */
export const validBody = {
  filingNo: 'Y000051001064',
  name: '四川省某技师学院',
  creditCode: '914403001922038216',
  regionCode: '510100',
} as const;

export const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal, now: clock })}`,
});
