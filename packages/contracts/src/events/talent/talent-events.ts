import { AppointmentEnded, AppointmentMade, AppointmentRenewed } from './appointment-events.ts';
import { BaseRegistered, BaseRegisteredV1 } from './base-events.ts';
import { HonourGranted, HonourGrantedV1, HonourRevoked } from './honour-events.ts';

/** Every event on tianfu.talent.events, for the registry a consumer parses with. */
export const talentEvents = [
  HonourGrantedV1,
  HonourGranted,
  HonourRevoked,
  AppointmentMade,
  AppointmentRenewed,
  AppointmentEnded,
  BaseRegisteredV1,
  BaseRegistered,
] as const;
