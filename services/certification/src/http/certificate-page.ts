import { esc } from './html-escape.ts';

/** What the printed 职业技能等级证书 shows (docs/domain.md §3.1); every value is shown as given. */
export interface CertificatePageView {
  /** Full or masked: the caller decides. */
  readonly holderName: string;
  /** 证件类型, e.g. 居民身份证. */
  readonly idTypeName: string | null;
  /** Only ever the masked number (docs/domain.md §6.3). */
  readonly maskedIdNumber: string | null;
  readonly occupationName: string;
  /** Empty when the occupation has no 工种/职业方向. */
  readonly workType: string;
  /** e.g. 四级/中级工. */
  readonly levelLabel: string;
  readonly certificateNo: string;
  readonly bodyName: string;
  readonly issuedOn: string;
  /** 印制流水码. */
  readonly printSerial: string;
  readonly status: 'valid' | 'suspended' | 'revoked';
  /** Trusted markup from certificate-qr.ts, inserted unescaped. */
  readonly qrSvg: string;
}

const banners = { suspended: '本证书已暂停，暂停期间不作为有效凭证', revoked: '本证书已撤销，不再有效' } as const;

const style = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; }
.sheet { width: 273mm; height: 186mm; margin: 0 auto; padding: 10mm 14mm; border: 1.2mm double #8a6d1d;
  display: flex; flex-direction: column; page-break-inside: avoid; break-inside: avoid; }
h1 { margin: 0 0 6mm; text-align: center; font-size: 30pt; letter-spacing: 0.4em; }
.banner { margin: 0 0 5mm; padding: 2mm; border: 0.6mm solid #b00020; color: #b00020; text-align: center;
  font-size: 16pt; font-weight: bold; }
.main { display: flex; gap: 12mm; flex: 1; }
.text { flex: 1; font-size: 13pt; }
.lead { margin: 0 0 5mm; line-height: 1.8; text-indent: 2em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2.5mm 6mm; margin: 0; }
dt { color: #444; }
dd { margin: 0; }
.qr { width: 50mm; margin: 0; text-align: center; font-size: 9pt; }
.qr svg { display: block; width: 50mm; height: 50mm; }
footer { display: flex; justify-content: space-between; align-items: flex-end; font-size: 10pt; }
.issuer { text-align: right; font-size: 13pt; line-height: 1.8; }
@media screen { body { padding: 8mm; background: #eee; } .sheet { background: #fff; } }
`;

const field = (label: string, value: string): string => `<dt>${label}</dt><dd>${esc(value)}</dd>`;

/**
 * Certification keeps no ID number, not even masked (docs/architecture.md "Identity and personal
 * data"): a page printed here says so, and the holder's ID document is checked beside it.
 */
const NOT_HELD = '（见持证人身份证件）';

export function certificatePage(view: CertificatePageView): string {
  const workType = view.workType === '' ? '--' : view.workType;
  const banner = view.status === 'valid' ? '' : `<p class="banner" role="alert">${banners[view.status]}</p>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>职业技能等级证书 ${esc(view.certificateNo)}</title>
<style>${style}</style>
</head>
<body>
<main class="sheet">
<h1>职业技能等级证书</h1>
${banner}
<div class="main">
<section class="text">
<p class="lead">${esc(view.holderName)}经本机构评价，职业技能等级达到${esc(view.levelLabel)}，特发此证。</p>
<dl>
${field('姓名', view.holderName)}
${field('证件类型', view.idTypeName ?? NOT_HELD)}
${field('证件号码', view.maskedIdNumber ?? NOT_HELD)}
${field('职业名称', view.occupationName)}
${field('工种/职业方向', workType)}
${field('职业技能等级', view.levelLabel)}
${field('证书编号', view.certificateNo)}
</dl>
</section>
<figure class="qr">${view.qrSvg}<figcaption>扫码核验证书</figcaption></figure>
</div>
<footer>
<div>证书查询：jndj.osta.org.cn<br>评价机构查询：pjjg.osta.org.cn<br>印制流水码：${esc(view.printSerial)}</div>
<div class="issuer">评价机构：${esc(view.bodyName)}<br>发证日期：${esc(view.issuedOn)}</div>
</footer>
</main>
</body>
</html>
`;
}
