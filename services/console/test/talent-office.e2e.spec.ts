import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

// The talent office's honours page in a real Chromium against the running platform.
describe('the talent office grants and revokes honours', () => {
  const browser = consoleBrowserPerSuite();

  it('refuses a bad ID number at its field, grants with a valid one, lists the grant by 市(州) and revokes it with a reason', async () => {
    const page = await browser.newPage();
    await signIn(page, 'talent-office');
    await page.goto('/talent-office/honours');
    await expect.poll(() => page.locator('h1').textContent()).toBe('荣誉授予');
    const name = `蜀绣${Date.now().toString(36).slice(-3)}`;
    await page.getByLabel('居民身份证号').fill('510104199001011234');
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('批次').fill('2025');
    await page.getByLabel('授予日期').fill('2025-05-01');
    await page.getByLabel('文号').fill('川人社函〔2025〕9号');
    await page.getByLabel('推荐市(州)').last().selectOption('511100');
    await page.getByRole('button', { name: '授予', exact: true }).click();
    await expect.poll(() => page.locator('.field-invalid').count()).toBeGreaterThan(0);
    await page.getByLabel('居民身份证号').fill(residentIdNumber(Date.now() % 900, '511102'));
    await page.getByRole('button', { name: '授予', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(name);
    await page.getByLabel('推荐市(州)').first().selectOption('511100');
    await page.getByRole('button', { name: '查询' }).click();
    const row = page.locator('tr', { hasText: name });
    await expect.poll(() => row.count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'talent-office-honours');
    await row.getByRole('textbox').fill('材料不实');
    await row.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => row.textContent()).toContain('已撤销：材料不实');
  });

  it('fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'talent-office');
    await page.goto('/talent-office/honours');
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'talent-office-honours-phone');
  });
});
