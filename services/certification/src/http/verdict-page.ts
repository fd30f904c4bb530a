import type { ReferenceAnswer } from '../application/reference-verification.ts';
import type { VerificationResult } from '../application/verification.ts';
import { esc } from './html-escape.ts';

const verdicts: Record<VerificationResult, string> = {
  valid: '证书有效',
  'not-yet-valid': '证书尚未生效（发证日期未到）',
  suspended: '证书已暂停，暂停期间不作为有效凭证',
  revoked: '证书已撤销，不再有效',
  'not-found': '未查询到该证书',
};

/** What a phone shows after scanning the QR code: the verdict and what the public may see, the name masked. */
export function verdictPage({ result, certificate }: ReferenceAnswer): string {
  const rows = certificate
    ? [
        ['姓名', certificate.maskedName ?? '--'],
        ['职业名称', certificate.occupationName],
        ['工种/职业方向', certificate.workType],
        ['职业技能等级', certificate.levelLabel],
        ['证书编号', certificate.certificateNo],
        ['评价机构', certificate.bodyName],
        ['发证日期', certificate.issuedOn],
      ]
    : [];
  const list = rows.map(([label, value]) => `<dt>${label}</dt><dd>${esc(value ?? '')}</dd>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>证书核验</title></head>
<body>
<h1>${verdicts[result]}</h1>
<dl>
${list}
</dl>
</body>
</html>
`;
}
