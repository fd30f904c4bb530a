import { createClients, ok } from '@tianfu/api-client';
import { platformUrls, residentIdNumber } from '@tianfu/testing';
import jsqr from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, consoleUrl, launchConsoleBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';

const run = Date.now().toString(36);

/** A certificate-office token from the console's development sign-in, as the office's pages get one. */
async function officeToken(): Promise<string> {
  const answer = await fetch(`${consoleUrl()}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'certificate-office' }),
  });
  if (!answer.ok) throw new Error(`development sign-in answered ${answer.status}: ${await answer.text()}`);
  return ((await answer.json()) as { token: string }).token;
}

/** A 电工 二级 certificate by direct recognition (an occupation of the demo catalogue), for `name`. */
async function certificateFor(office: ReturnType<typeof createClients>, name: string, n: number) {
  return ok(
    office.certification.POST('/v1/certificates/direct-recognitions', {
      body: {
        recognitionId: `console-verify-${run}-${n}`,
        document: { idType: 'resident-id-card', idNumber: residentIdNumber(n, '510100') },
        name,
        body: { bodyId: 'console-verify', filingNo: 'Y000051001064', bodyName: '四川省某技师学院' },
        occupationCode: '6-31-01-03',
        workType: '--',
        level: 'level2',
        evidence: {
          yearsInOccupation: 9,
          employer: { name: '四川某电力工程有限公司' },
          panel: { decision: 'approved', decidedOn: '2025-09-10', documentNo: `川评〔2025〕${run}${n}号` },
        },
      },
    }),
  );
}

/** What the certificate's printed QR code holds, read from its PNG as a phone's camera would. */
async function qrLinkOf(token: string, certificateNo: string): Promise<URL> {
  const png = await fetch(`${platformUrls().certification}/v1/certificates/${certificateNo}/qr?format=png`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
  const link = jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  if (!link) throw new Error(`the QR code of ${certificateNo} holds no link`);
  return new URL(link);
}

async function verifyOnPage(page: Page, certificateNo: string, name: string) {
  await page.goto('/verify');
  await page.getByLabel('证书编号').fill(certificateNo);
  await page.getByLabel('持证人姓名').fill(name);
  await page.getByRole('button', { name: '核验', exact: true }).click();
  await page.locator('.verdict').waitFor();
}

// The public verify page and the QR phone page in a real Chromium against the running platform.
describe('verify (public)', () => {
  let browser: ConsoleBrowser;
  let valid: { certificateNo: string; link: URL };
  let revoked: { certificateNo: string };
  beforeAll(async () => {
    browser = await launchConsoleBrowser();
    const token = await officeToken();
    const office = createClients({ baseUrls: platformUrls(), token: () => Promise.resolve(token) });
    const first = await certificateFor(office, '欧阳明远', 1);
    const second = await certificateFor(office, '司马青云', 2);
    valid = { certificateNo: first.certificateNo, link: await qrLinkOf(token, first.certificateNo) };
    await ok(
      office.certification.POST('/v1/certificates/{certificateNo}/revoke', {
        params: { path: { certificateNo: second.certificateNo } },
        body: { reason: 'fraud', note: '弄虚作假，浏览器测试' },
      }),
    );
    revoked = { certificateNo: second.certificateNo };
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('verifies a valid certificate: the verdict, the masked holder and all six checks passed', async () => {
    const page = await browser.newPage();
    await verifyOnPage(page, valid.certificateNo, '欧阳明远');
    const verdict = page.locator('.verdict');
    expect(await verdict.getAttribute('data-result')).toBe('valid');
    expect(await verdict.locator('h2').textContent()).toContain('证书有效');
    expect(await verdict.textContent()).toContain('欧*');
    expect(await verdict.textContent()).not.toContain('明远');
    expect(await page.locator('.checks .check-passed').count()).toBe(6);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'verify-valid');
  });

  it('makes a revoked certificate unmistakable: words, icon, the failed status check with its day and reason', async () => {
    const page = await browser.newPage();
    await verifyOnPage(page, revoked.certificateNo, '司马青云');
    const verdict = page.locator('.verdict');
    expect(await verdict.getAttribute('data-result')).toBe('revoked');
    expect(await verdict.locator('h2').textContent()).toContain('证书已撤销');
    expect(await verdict.locator('.verdict-icon').textContent()).toBe('✕');
    const failed = page.locator('.checks .check-failed');
    expect(await failed.count()).toBe(1);
    expect(await failed.textContent()).toMatch(/证书状态.*未通过.*自 \d{4}-\d{2}-\d{2} 起.*弄虚作假/);
    expect(await page.content()).not.toContain('浏览器测试');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'verify-revoked');
  });

  it('explains an unknown certificate, and checks the number with the API’s own rule before asking', async () => {
    const page = await browser.newPage();
    await verifyOnPage(page, 'Y000051009999253999999', '欧阳明远');
    expect(await page.locator('.verdict').getAttribute('data-result')).toBe('not-found');
    expect(await page.locator('.verdict').textContent()).toContain('证书编号与姓名不匹配');
    expect(await page.locator('.checks').count()).toBe(0);
    await page.getByLabel('证书编号').fill('Y000051009999256999999');
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await expect.poll(() => page.locator('.field-error').count()).toBe(1);
    expect(await page.locator('.verdict').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'verify-unknown');
  });

  it('opens a certificate’s QR link on a 375 × 812 phone with the verdict at once; the same link answers JSON', async () => {
    expect(valid.link.origin).toBe(new URL(consoleUrl()).origin);
    const page = await browser.newPage({ phone: true });
    await page.goto(valid.link.pathname);
    await page.locator('.verdict').waitFor();
    expect(await page.locator('.verdict').getAttribute('data-result')).toBe('valid');
    expect(await page.locator('.checks .check-passed').count()).toBe(6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'verify-qr-phone');
    const json = await page.request.get(valid.link.href, {
      headers: { accept: 'application/json' },
    });
    expect(await json.json()).toMatchObject({ result: 'valid', certificate: { certificateNo: valid.certificateNo } });
  });
});
