import type { RuleProblem, RuleValues, TrainingRuleWordings, WordingNames } from './rule-wording.ts';

const problems: Readonly<Record<RuleProblem, string>> = {
  'no-class': '申请未指明培训班',
  'not-subsidised': '该培训班不是补贴性培训',
  'no-completion': '平台没有该学员的结业记录',
  'not-completed': '学员未达到结业要求',
  'no-level': '该培训项目没有职业等级，无法按证书等级补贴',
  'other-occupation-or-level': '证书的职业或等级与培训班不一致',
  'groups-unreadable': '报名时申报的人员类别已无法读取（已删除或未登记），由经办人员核实',
  'no-group-matches': '报名时申报的人员类别不在生活费补贴对象之列',
  'no-apprenticeship': '申请未指明学徒培养协议',
  'past-planned-end': '该协议年度已超出协议约定的期限',
  'ended-before-year': '学徒培养在该协议年度开始前已结束',
  'year-not-begun': '该协议年度尚未开始',
  terminated: '学徒培养协议已解除',
  'not-completed-yet': '学徒培养尚未结业，结业后再清算',
  'not-the-aim': '证书未达到协议约定的职业和等级',
  'already-claimed': '该协议年度的此阶段已申领过',
  overlap: '同一期间已享受过其他培训补贴',
};

const year = (v: RuleValues) =>
  `协议 ${v.apprenticeshipId} 第 ${v.agreementYear} 年（${v.periodFrom} 至 ${v.periodTo}）${v.stage === 'advance' ? '预支' : '清算'}`;

/** The rules on the training a 职业培训补贴, 新型学徒制补贴 or 生活费补贴 rests on, in Chinese (docs/domain.md §7.8). */
export const trainingRuleWordingsZh: TrainingRuleWordings = {
  'training-completed': (v, status, n: WordingNames) => {
    if (v.problem !== undefined) return `${v.classId ? `培训班 ${v.classId}：` : ''}${problems[v.problem]}`;
    if (status !== 'passed' || v.classId === undefined) return null;
    const aim = v.occupationCode && v.level ? `（${v.occupationCode} ${n.level(v.level)}）` : '';
    return `已于 ${v.completedOn} 完成补贴性培训班 ${v.classId}${aim}`;
  },
  'target-group': (v, status) => {
    if (v.stated === false) return '政策未明确生活费补贴对象（⚠），由经办人员核定';
    if (v.problem !== undefined) return problems[v.problem];
    return status === 'passed' ? '报名时申报的人员类别属于生活费补贴对象' : null;
  },
  'apprenticeship-year': (v, status) => {
    if (v.problem === 'no-apprenticeship') return problems[v.problem];
    if (v.apprenticeshipId === undefined) return null;
    if (v.problem !== undefined) return `${year(v)}：${problems[v.problem]}`;
    return status === 'passed' ? `${year(v)}，可以申领` : null;
  },
  'apprentice-year-once': (v, status) => {
    if (v.problem === 'no-apprenticeship') return problems[v.problem];
    if (v.apprenticeshipId === undefined) return null;
    return status === 'passed' ? `${year(v)}此前未申领` : `${year(v)}：${problems['already-claimed']}`;
  },
  'apprentice-exclusion': (v, _status, n) => {
    if (v.stated === false) return '政策未规定学徒期间不得重复享受其他培训补贴';
    if (v.periodFrom === undefined) return null;
    const period = `${v.periodFrom} 至 ${v.periodTo}`;
    if (v.problem === 'overlap')
      return `${period} 已享受${v.kind === undefined ? '其他培训补贴' : n.kind(v.kind)}，不得重复享受`;
    return `${period} 未享受其他培训补贴`;
  },
};
