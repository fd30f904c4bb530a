import { defineMessages } from '../i18n/messages.ts';

export const problemMessages = defineMessages({
  zh: {
    refused: '请求未被接受',
    tooMany: (seconds: number) => `查询过于频繁，请在 ${seconds} 秒后重试。这是为防止批量套取证书信息而设的限制。`,
    unauthorised: '登录已失效或未登录，请重新登录。',
    forbidden: '当前账号无权执行此操作。',
    unavailable: '服务暂时不可用，请稍后重试。',
    unreachable: '无法连接服务，请检查网络后重试。',
    fields: '请检查以下内容：',
  },
  en: {
    refused: 'The request was not accepted',
    tooMany: (seconds: number) =>
      `Too many lookups: please try again in ${seconds} seconds. The limit keeps certificate data from being harvested.`,
    unauthorised: 'You are not signed in, or your sign-in has expired. Please sign in again.',
    forbidden: 'This account may not do this.',
    unavailable: 'The service is unavailable for now. Please try again later.',
    unreachable: 'The service cannot be reached. Check the connection and try again.',
    fields: 'Please check:',
  },
});
