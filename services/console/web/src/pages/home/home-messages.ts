import { defineMessages } from '../../i18n/messages.ts';

export const homeMessages = defineMessages({
  zh: {
    title: '天府技能',
    lead: '四川省职业技能等级证书核验、技能人才库与职业技能培训服务。',
    yourPages: '可用功能',
    signInHint: '评价机构、用人单位、人力资源部门和管理部门请先登录。',
  },
  en: {
    title: 'Tianfu Skills',
    lead: 'Verification of Sichuan skill level certificates, the skilled-talent pool and vocational training services.',
    yourPages: 'What you can do',
    signInHint: 'Evaluation bodies, employers, HR departments and offices: please sign in first.',
  },
});
