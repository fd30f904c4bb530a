/** A class's roster (enrolments, attendance, completion) is a stream of its own beside the class's filing. */
export const rosterStreamId = (classId: string): string => `roster-${classId}`;

export const voucherStreamId = (voucherId: string): string => `voucher-${voucherId}`;
