import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { recognisedCertificate } from './support/office-fixtures.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

// An employer checks a batch with a malformed line; every line comes back, and the CSV opens in Excel.
describe('the employer batch page', () => {
  const browser = consoleBrowserPerSuite();

  it('answers every line, names the bad one’s rule, filters, and downloads a CSV with BOM and Chinese headers', async () => {
    const { certificateNo } = await recognisedCertificate('欧阳建国');
    const page = await browser.newPage();
    await signIn(page, 'employer', 'e2e-employer');
    await page.goto('/employer/batch');
    const lines = [`${certificateNo},欧阳建国`, 'Y000051001064257000001,李四', `${certificateNo}\t王五`];
    await page.getByLabel('证书编号和姓名').fill(lines.join('\n'));
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await page.locator('tbody tr').nth(2).waitFor();
    const verdicts = await page
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict')));
    expect(verdicts).toEqual(['valid', 'invalid', 'not-found']);
    expect(await page.locator('tbody tr').nth(1).textContent()).toContain('CERT_NO_LEVEL');
    expect(await page.locator('tbody').textContent()).not.toContain('欧阳建国');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'employer-batch');

    await page.getByLabel('按结果筛选').selectOption('invalid');
    expect(await page.locator('tbody tr').count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.startsWith('\uFEFF"行号","证书编号","姓名（脱敏）","核验结果"')).toBe(true);
    const rows = csv.split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toContain(`"${certificateNo}","欧*","有效"`);
    expect(rows[2]).toContain('"格式错误"');
    expect(rows[3]).toContain('"未查到"');
  });

  it('fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'employer', 'e2e-employer');
    await page.goto('/employer/batch');
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
