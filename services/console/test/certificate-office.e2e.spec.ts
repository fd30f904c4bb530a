import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { recognisedCertificate } from './support/office-fixtures.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

// The certificate office finds a certificate by its holder's ID number, revokes it with a reason
// after confirming, and public verification through the console then says revoked.
describe('the certificate office page', () => {
  const browser = consoleBrowserPerSuite();

  it('finds by ID number, revokes with a reason after a confirmation, and verification then answers revoked', async () => {
    const { certificateNo, idNumber } = await recognisedCertificate('林小雨');
    const page = await browser.newPage();
    await signIn(page, 'certificate-office');
    await page.goto('/office/certificates');
    await page.getByLabel('持证人居民身份证号').fill(idNumber);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await page.getByRole('button', { name: `查看 ${certificateNo}` }).click();
    await expect.poll(() => page.locator('.record').textContent()).toContain('林小雨');

    await page.getByRole('combobox', { name: '操作' }).selectOption('revoke');
    await page.getByLabel('撤销原因').selectOption('fraud');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.locator('#office-note-error').count()).toBe(1);
    await page.getByLabel('说明').fill('材料造假，经核查属实');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('不能恢复');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(() => page.locator('.record [role="status"]').textContent()).toContain('已撤销');
    await expect.poll(() => page.locator('.history').textContent()).toContain('材料造假');
    expect(await page.locator('tbody tr').first().textContent()).toContain('已撤销');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'certificate-office-revoked');

    const verified = await page.request.post('/api/certification/v1/verify', {
      data: { certificateNo, name: '林小雨' },
    });
    expect(await verified.json()).toMatchObject({ result: 'revoked', certificate: { certificateNo } });
  });

  it('names a malformed ID number next to its field without sending it, and fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'certificate-office');
    await page.goto('/office/certificates');
    await page.getByLabel('持证人居民身份证号').fill('110105194912310021');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await expect.poll(() => page.locator('.field-invalid .field-error').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'certificate-office-phone');
  });
});
