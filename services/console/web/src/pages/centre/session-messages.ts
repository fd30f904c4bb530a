import { defineMessages } from '../../i18n/messages.ts';

/** The texts of one session's page: its plan, its candidates and closing it. */
export const sessionMessages = defineMessages({
  zh: {
    back: '返回考核场次',
    title: (sessionId: string) => `考核场次 ${sessionId}`,
    notFound: '没有这个考核场次，或它不属于本机构。',
    body: '评价机构',
    standard: '国家职业标准版本',
    parts: '考核科目',
    examiners: '考评员',
    supervisor: '质量督导员',
    closedAt: '结束时间',
    candidatesTitle: '考生与成绩',
    noCandidates: '尚无考生。请上传报名表。',
    candidateId: '准考证号',
    name: '姓名',
    idNumber: '证件号码',
    outcome: '结果',
    passed: '合格',
    failed: '不合格',
    pending: '待定',
    erased: '（个人信息已删除）',
    more: '加载更多考生',
    closeTitle: '结束场次',
    closeLead: '结束后成绩即为最终结果：缺考科目的考生记为不合格，机构不能再修改成绩。',
    close: '结束场次…',
    confirmTitle: (sessionId: string) => `确定结束考核场次 ${sessionId}？`,
    confirmLead: (pending: number) =>
      pending > 0 ? `仍有 ${pending} 名考生成绩不全，结束后将记为不合格。此操作不可撤销。` : '此操作不可撤销。',
    confirm: '确定结束',
    cancel: '取消',
    closedNotice: '场次已结束，结果为最终结果。',
    loading: '正在加载…',
  },
  en: {
    back: 'Back to exam sessions',
    title: (sessionId: string) => `Exam session ${sessionId}`,
    notFound: 'No such exam session, or it belongs to another body.',
    body: 'Evaluation body',
    standard: 'Standard version',
    parts: 'Parts assessed',
    examiners: 'Examiners',
    supervisor: 'Quality supervisor',
    closedAt: 'Closed at',
    candidatesTitle: 'Candidates and results',
    noCandidates: 'No candidates yet. Upload the enrolment sheet.',
    candidateId: 'Candidate no.',
    name: 'Name',
    idNumber: 'ID number',
    outcome: 'Result',
    passed: 'Passed',
    failed: 'Failed',
    pending: 'Pending',
    erased: '(personal data erased)',
    more: 'Load more candidates',
    closeTitle: 'Close the session',
    closeLead:
      'Closing makes the results final: a candidate missing a part fails, and the body can no longer change a mark.',
    close: 'Close the session…',
    confirmTitle: (sessionId: string) => `Close exam session ${sessionId}?`,
    confirmLead: (pending: number) =>
      pending > 0
        ? `${pending} candidate(s) still miss a mark and will fail. This cannot be undone.`
        : 'This cannot be undone.',
    confirm: 'Close it',
    cancel: 'Cancel',
    closedNotice: 'The session is closed; its results are final.',
    loading: 'Loading…',
  },
});

/** The parts of an assessment (docs/domain.md §2.2). */
export const partNames = defineMessages({
  zh: { theory: '理论知识', practical: '操作技能', review: '综合评审' },
  en: { theory: 'Theory', practical: 'Practical', review: 'Panel review' },
});
