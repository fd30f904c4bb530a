/** The talent registry's streams: one per honour grant, appointment and base. */
export const talentStreams = {
  grant: (grantId: string) => `honour-${grantId}`,
  appointment: (appointmentId: string) => `appointment-${appointmentId}`,
  base: (baseId: string) => `base-${baseId}`,
};
