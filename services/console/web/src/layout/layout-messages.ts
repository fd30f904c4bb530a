import { defineMessages } from '../i18n/messages.ts';

export const layoutMessages = defineMessages({
  zh: {
    brand: '天府技能',
    skipToContent: '跳到正文',
    navigation: '主导航',
    language: 'English',
    languageLabel: '切换到英文',
    signIn: '登录',
    signOut: '退出',
    signedInAs: (role: string, scope: string) => `已登录：${role}${scope ? `（${scope}）` : ''}`,
    needsSignIn: '此页面需要登录',
    needsRole: (roles: string) => `此页面需要以下角色之一：${roles}`,
    goSignIn: '前往登录',
    loading: '正在加载…',
    footer: '四川省职业技能培训发展规划（2023—2025）配套系统',
  },
  en: {
    brand: 'Tianfu Skills',
    skipToContent: 'Skip to content',
    navigation: 'Main navigation',
    language: '中文',
    languageLabel: 'Switch to Chinese',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: (role: string, scope: string) => `Signed in: ${role}${scope ? ` (${scope})` : ''}`,
    needsSignIn: 'This page needs you to sign in',
    needsRole: (roles: string) => `This page needs one of these roles: ${roles}`,
    goSignIn: 'Go to sign in',
    loading: 'Loading…',
    footer: 'Built for the Sichuan vocational skills training plan 2023–2025',
  },
});

/** What each role is called on screen. */
export const roleNames = defineMessages({
  zh: {
    'assessment-body': '评价机构',
    'certificate-office': '证书管理部门',
    'talent-office': '人才工作部门',
    'competition-organiser': '竞赛主办单位',
    'training-provider': '培训机构',
    'training-office': '职业能力建设（培训）部门',
    employer: '用人单位',
    hr: '人力资源部门',
    worker: '劳动者',
    ops: '运维',
    admin: '省人社厅管理员',
  },
  en: {
    'assessment-body': 'Evaluation body',
    'certificate-office': 'Certificate office',
    'talent-office': 'Talent office',
    'competition-organiser': 'Competition organiser',
    'training-provider': 'Training provider',
    'training-office': 'Training office',
    employer: 'Employer',
    hr: 'HR department',
    worker: 'Worker',
    ops: 'Operations',
    admin: 'Administrator',
  },
});
