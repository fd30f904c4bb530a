import { defineMessages } from '../../i18n/messages.ts';

export const grantsMessages = defineMessages({
  zh: {
    title: '竞赛组织方授权',
    lead: '人社厅授权竞赛组织方通过某评价机构、在哪些竞赛级别上发放晋级证书。不选任何级别即撤回该机构的授权。',
    organiserId: '组织方账号',
    organiserIdHint: '组织方令牌中的 sub，如 dev-competition-organiser',
    look: '查看授权',
    grantsOf: (id: string) => `${id} 的授权`,
    none: '该组织方尚无授权。',
    body: '评价机构',
    tiers: '竞赛级别',
    grantTitle: '设置授权',
    bodyId: '评价机构编号',
    reason: '依据（文件或理由）',
    save: '保存授权',
  },
  en: {
    title: 'Organiser grants',
    lead: 'The authority lets a competition organiser issue promotion certificates through a body at chosen tiers. Choosing no tier withdraws the grant for that body.',
    organiserId: 'Organiser account',
    organiserIdHint: "The sub of the organiser's token, e.g. dev-competition-organiser",
    look: 'Show grants',
    grantsOf: (id: string) => `Grants of ${id}`,
    none: 'This organiser holds no grant.',
    body: 'Evaluation body',
    tiers: 'Tiers',
    grantTitle: 'Set a grant',
    bodyId: 'Body id',
    reason: 'Basis (document or reason)',
    save: 'Save the grant',
  },
});
