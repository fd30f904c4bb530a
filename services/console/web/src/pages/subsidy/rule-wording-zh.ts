import type { RuleValues, RuleWordings, WordingNames } from './rule-wording.ts';
import { trainingRuleWordingsZh } from './training-rule-wording-zh.ts';

const noCertificate = '申请未提供证书';
const notStated = '政策未对本申请规定此项';
const counted = (v: RuleValues) =>
  v.counted === undefined
    ? ''
    : `；${v.year} 年已计 ${v.counted} 次${v.countedForWorker ? `（其中 ${v.countedForWorker} 次由用人单位或培训机构代领）` : ''}`;

function amount(v: RuleValues, n: WordingNames): string | null {
  if (v.certificateNo === null) return '没有可补贴的证书等级';
  if (v.stated === false) return '政策未规定各等级补贴标准';
  const unknown = '补贴标准未明确（⚠），由经办人员核定金额';
  if (v.kind === 'apprenticeship') {
    if (v.baseFen === undefined || v.amountFen === undefined) return `学徒每人每年${unknown}`;
    const advance = v.advanceFen === undefined ? '' : `，其中预支 ${n.yuan(v.advanceFen)}`;
    return `学徒每人每年 ${n.yuan(v.baseFen)}${advance}；本次${v.stage === 'advance' ? '预支' : '清算'} ${n.yuan(v.amountFen)}`;
  }
  if (v.kind === 'living') return v.amountFen === undefined ? `生活费${unknown}` : `生活费补贴 ${n.yuan(v.amountFen)}`;
  if (v.level === undefined) return null;
  const level = n.level(v.level);
  if (v.paidLevels !== undefined)
    return `${level}不在补贴范围；政策补贴：${v.paidLevels.map(n.level).join('、') || '无'}`;
  if (v.amountFen === undefined) return `${level}：${unknown}`;
  if (v.baseFen === undefined) return `${level}：${n.yuan(v.amountFen)}`;
  return `${level}：${n.yuan(v.baseFen)}，急需紧缺职业（目录 ${v.shortageListId}）上浮 ${v.upliftPercent}%，共 ${n.yuan(v.amountFen)}`;
}

function levelRule(higher: boolean) {
  return (v: RuleValues, _status: unknown, n: WordingNames): string | null => {
    if (v.certificateNo === null) return noCertificate;
    if (v.stated === false) return notStated;
    if (v.level === undefined) return null;
    const what = `${v.occupationCode} ${n.level(v.level)}`;
    const p = v.prior;
    if (p === undefined)
      return higher ? `${v.occupationCode} 此前未获高于${n.level(v.level)}的补贴` : `${what} 此前未获补贴`;
    const before = `${n.kind(p.kind)}，计入 ${p.countsInYear} 年`;
    return higher
      ? `已补贴过 ${v.occupationCode} 更高等级${p.level === null ? '' : n.level(p.level)}（${before}），不再补贴${n.level(v.level)}`
      : `${what} 已补贴过（${before}），同一职业同一等级只补贴一次`;
  };
}

/** Each rule worded in Chinese from its values (docs/domain.md §7.8). */
export const ruleWordingsZh: RuleWordings = {
  'rule-set-in-force': (v, status, n) => {
    if (status === 'failed') return `申请地没有 ${v.claimedOn} 适用的${v.kind === undefined ? '' : n.kind(v.kind)}政策`;
    if (v.ruleSetId === undefined || v.region === undefined) return null;
    const until = v.effectiveTo ? `，${v.effectiveTo} 起由新版本取代` : '';
    const by = v.judgedBy === 'certificate-issued' ? '证书核发日期' : '申请日期';
    return `按 ${v.ruleSetId} 第 ${v.version} 版（${n.region(v.region)}，${v.effectiveFrom} 起施行${until}）审核；依据日期 ${v.judgedOn}（${by}）`;
  },
  'certificate-holder': (v, status) => {
    if (v.certificateNo === null) return noCertificate;
    return status === 'passed'
      ? `证书 ${v.certificateNo} 属于申请人本人`
      : `证书 ${v.certificateNo} 的持证人不是申请人`;
  },
  'certificate-valid': (v) => {
    if (v.certificateNo === null) return noCertificate;
    if (v.certificateStatus === 'valid') return `证书 ${v.certificateNo} 有效`;
    if (v.certificateStatus === 'revoked') return `证书 ${v.certificateNo} 已被撤销，不予补贴`;
    if (v.certificateStatus === 'suspended')
      return `证书 ${v.certificateNo} 已暂停，恢复后可再申请${v.windowLast ? `（须在申请期限 ${v.windowLast} 前）` : ''}`;
    return null;
  },
  'claim-window': (v, status) => {
    if (v.certificateNo === null) return noCertificate;
    if (v.stated === false) return '政策未规定申请期限';
    if (v.claimedOn === undefined || v.issuedOn === undefined) return null;
    if (v.claimedOn < v.issuedOn) return `申请日期 ${v.claimedOn} 早于证书核发日期 ${v.issuedOn}`;
    const span = `证书核发日期 ${v.issuedOn} 起 ${v.windowMonths} 个月（截至 ${v.windowLast}）`;
    return status === 'passed' ? `申请日期 ${v.claimedOn}，在${span}内` : `申请日期 ${v.claimedOn}，已超过${span}`;
  },
  'insured-long-enough': (v, status) => {
    if (v.stated === false) return '政策未要求失业保险参保年限';
    if (v.insurance === 'unknown') return `平台未掌握失业保险参保情况，由经办人员核实是否参保满 ${v.insuredYears} 年`;
    if (v.insurance === 'not-insured')
      return `申请日期 ${v.claimedOn} 未参加失业保险${v.lastInsuredUntil ? `（最后参保至 ${v.lastInsuredUntil}）` : ''}`;
    if (v.insuredSince === undefined) return null;
    const span = `自 ${v.insuredSince} 参加失业保险，${v.insuredComplete} 满 ${v.insuredYears} 年`;
    return status === 'passed' ? `${span}；申请日期 ${v.claimedOn}` : `${span}，晚于申请日期 ${v.claimedOn}`;
  },
  amount: (v, _status, n) => amount(v, n),
  'shortage-uplift': (v) => {
    if (v.stated === false) return '政策未规定急需紧缺职业上浮';
    const occupation = v.occupationCode ?? '该职业';
    return v.shortageListId === undefined
      ? `${occupation} 在 ${v.judgedOn} 未列入急需紧缺职业目录，不上浮`
      : `${occupation} 在 ${v.judgedOn} 列入急需紧缺职业目录 ${v.shortageListId}，上浮 ${v.upliftPercent}%`;
  },
  'yearly-cap-kind': (v, _status, n) => {
    const kind = v.kind === undefined ? '本类补贴' : n.kind(v.kind);
    if (v.stated === false) return `政策未规定${kind}每年次数上限`;
    if (v.limit === undefined) return null;
    const extra = v.extraClaims ? `，急需紧缺职业另加 ${v.extraClaims} 次` : '';
    return `${kind}每人每年最多 ${v.limit} 次${extra}${counted(v)}`;
  },
  'yearly-cap-total': (v, _status, n) => {
    if (v.stated === false) return `${v.kind === undefined ? '本类补贴' : n.kind(v.kind)}不与其他补贴合计次数`;
    if (v.limit === undefined || v.kinds === undefined) return null;
    return `${v.kinds.map(n.kind).join('、')}合计每人每年最多 ${v.limit} 次${counted(v)}`;
  },
  'same-level-once': levelRule(false),
  'higher-level-blocks-lower': levelRule(true),
  ...trainingRuleWordingsZh,
};
