import { csvText } from '../../ui/csv-file.ts';

/** The enrolment sheet's headers as training reads them (Chinese; the English ids work too). */
export const enrolmentHeaders = ['证件类型', '证件号码', '姓名', '人员类别', '培训券号'] as const;

/** The sign-in sheet's headers: a trainee, a sitting, when they signed in (China time). */
export const signInHeaders = ['证件类型', '证件号码', '课次', '签到时间'] as const;

/** An empty enrolment sheet: UTF-8 with a byte-order mark, which Excel opens with its Chinese intact. */
export const enrolmentTemplate = (): string => csvText(enrolmentHeaders, []);

/** A sign-in sheet with a row per sitting to copy for each trainee, the number and time left to fill in. */
export const signInTemplate = (sittings: readonly { sittingId: string; date: string; start: string }[]): string =>
  csvText(
    signInHeaders,
    sittings.map((s) => ['身份证', '', s.sittingId, `${s.date} ${s.start}`]),
  );
