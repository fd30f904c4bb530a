import { describe, expect, it } from 'vitest';
import { type CertificatePageView, certificatePage } from '../src/http/certificate-page.ts';

const rawIdNumber = '513101198201130014';

const view: CertificatePageView = {
  holderName: '张三',
  idTypeName: '居民身份证',
  maskedIdNumber: '513101********0014',
  occupationName: '电工',
  workType: '维修电工',
  levelLabel: '四级/中级工',
  certificateNo: 'Y000051001064254000123',
  bodyName: '四川省某技师学院',
  issuedOn: '2025-06-21',
  printSerial: 'Y000051001064254000123-1',
  status: 'valid',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M4 4h7"/></svg>',
};

const page = (changes: Partial<CertificatePageView> = {}): string => certificatePage({ ...view, ...changes });

describe('certificate page', () => {
  it('is a print-ready A4 landscape HTML5 document with no script or external resource', () => {
    const html = page();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i);
  });

  it('shows every field of a 职业技能等级证书 (docs/domain.md §3.1)', () => {
    const html = page();
    for (const text of [
      '<h1>职业技能等级证书</h1>',
      '<dt>姓名</dt><dd>张三</dd>',
      '<dt>证件类型</dt><dd>居民身份证</dd>',
      '<dt>证件号码</dt><dd>513101********0014</dd>',
      '<dt>职业名称</dt><dd>电工</dd>',
      '<dt>工种/职业方向</dt><dd>维修电工</dd>',
      '<dt>职业技能等级</dt><dd>四级/中级工</dd>',
      '<dt>证书编号</dt><dd>Y000051001064254000123</dd>',
      '评价机构：四川省某技师学院',
      '发证日期：2025-06-21',
      '印制流水码：Y000051001064254000123-1',
      'jndj.osta.org.cn',
      'pjjg.osta.org.cn',
      view.qrSvg,
    ]) {
      expect(html).toContain(text);
    }
  });

  it('writes -- for an occupation without 工种/职业方向', () => {
    expect(page({ workType: '' })).toContain('<dt>工种/职业方向</dt><dd>--</dd>');
  });

  it('escapes every text value', () => {
    const html = page({ holderName: '<script>alert("x")</script>', bodyName: 'A & B <b>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('A &amp; B &lt;b&gt;');
  });

  it('shows a banner only on a revoked or suspended certificate', () => {
    expect(page()).not.toContain('class="banner"');
    expect(page({ status: 'valid' })).not.toMatch(/已撤销|已暂停/);
    const revoked = page({ status: 'revoked' });
    expect(revoked).toContain('<p class="banner" role="alert">本证书已撤销');
    expect(revoked).not.toContain('已暂停');
    const suspended = page({ status: 'suspended' });
    expect(suspended).toContain('<p class="banner" role="alert">本证书已暂停');
    expect(suspended).not.toContain('已撤销');
  });

  it('carries no full ID number when given a masked one', () => {
    const html = page();
    expect(html).not.toContain(rawIdNumber);
    expect(html).not.toContain('19820113');
    expect(html).not.toMatch(/(?<![0-9A-Z])\d{17}[\dX](?![0-9])/);
  });

  it("without an ID document on hand, the 证件 fields point to the holder's own document", () => {
    const html = page({ idTypeName: null, maskedIdNumber: null });
    expect(html.match(/见持证人身份证件/g)).toHaveLength(2);
  });
});
