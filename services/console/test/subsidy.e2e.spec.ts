import { chinaDate } from '@tianfu/contracts';
import { residentIdNumber } from '@tianfu/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, launchConsoleBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';
import { claimAsWorker, type SubsidyClaimant, subsidyClaimant } from './support/subsidy-fixtures.ts';

/** A page reads the subsidy service before it draws: on a busy machine that takes seconds. */
const PATIENT = { timeout: 20_000, interval: 250 };

const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

// 技能提升补贴 in a real Chromium (docs/domain.md §7.8–7.10): the public rule sets, a worker's claim
// judged rule by rule, a refused one shown the same way, and the office's review of a referred one.
describe('the subsidy pages', () => {
  let browser: ConsoleBrowser;
  let insured: SubsidyClaimant;
  let uninsured: SubsidyClaimant;
  beforeAll(async () => {
    [browser, insured, uninsured] = await Promise.all([
      launchConsoleBrowser(),
      subsidyClaimant('2020-03-01'),
      subsidyClaimant(null),
    ]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("lists Sichuan's rule-set versions with their validity and clauses, and those in force on a day", async () => {
    const page = await browser.newPage();
    await page.goto('/subsidy/rule-sets');
    const first = page.locator('[data-rule-set="sc-skill-upgrade-1"]');
    await expect.poll(() => first.count(), PATIENT).toBe(1);
    expect(await first.textContent()).toContain('2023-01-01 起，至 2025-06-01 止（不含）');
    expect(await first.textContent()).toContain('三级/高级工 2,000.00 元');
    const second = await page.locator('[data-rule-set="sc-skill-upgrade-2"]').textContent();
    expect(second).toContain('2025-06-01 起，现行有效');
    expect(second).toContain('⚠');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subsidy-rule-sets');

    await page.getByLabel('补贴类别').selectOption('skill-upgrade');
    await page.getByLabel('在某日有效').fill('2024-06-01');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await expect.poll(() => page.locator('article.rule-set').count(), PATIENT).toBe(1);
    expect(await page.locator('article.rule-set').getAttribute('data-rule-set')).toBe('sc-skill-upgrade-1');

    const phone = await browser.newPage({ phone: true });
    await phone.goto('/subsidy/rule-sets');
    await expect.poll(() => phone.locator('article.rule-set').count(), PATIENT).toBeGreaterThan(1);
    expect(await fitsPhone(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'subsidy-rule-sets-phone');
  });

  it('the worker claims and sees every rule of the decision; a refused claim shows the failed rule and its clause', async () => {
    const { workerId, certificates } = insured;
    const page = await browser.newPage();
    await signIn(page, 'worker', workerId);
    await page.goto('/my-subsidies');
    const claim3 = page.getByRole('button', { name: `申请 ${certificates.level3} 的技能提升补贴` });
    await claim3.waitFor(PATIENT);
    await claim3.click();
    await expect.poll(() => page.locator('.field-invalid .field-error').textContent()).toContain('请先选择申请地');

    await page.getByLabel('申请地（市(州)）').selectOption('510100');
    await claim3.click();
    const approved = page.locator('section.decision-approved');
    await expect.poll(() => approved.getByRole('status').textContent(), PATIENT).toContain('2,000.00 元');
    const statuses = await approved.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.status));
    expect(statuses.length).toBeGreaterThan(5);
    expect(new Set(statuses)).toEqual(new Set(['passed']));
    expect(await approved.locator('tr[data-rule="insured-long-enough"]').textContent()).toContain(
      '四川省技能提升补贴政策通知',
    );
    // Each rule worded in Chinese from its values, not the judge's English.
    expect(await approved.locator('tr[data-rule="yearly-cap-kind"]').textContent()).toContain(
      '技能提升补贴每人每年最多',
    );
    expect(await approved.locator('tr[data-rule="claim-window"]').textContent()).toMatch(
      /申请日期 \d{4}-\d{2}-\d{2}，在证书核发日期/,
    );
    expect(await approved.locator('tr[data-rule="amount"]').textContent()).toContain('三级/高级工：2,000.00 元');
    await expect.poll(() => page.locator('table.claims tbody tr').first().textContent(), PATIENT).toContain('已批准');
    expect(await page.locator('table.claims tbody tr').first().textContent()).toContain('2,000.00');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subsidy-worker-approved');

    await page.getByRole('button', { name: `申请 ${certificates.level2} 的技能提升补贴` }).click();
    const refused = page.locator('section.decision-rejected');
    await expect.poll(() => refused.getByRole('status').textContent(), PATIENT).toContain('未通过');
    const amount = refused.locator('tr[data-rule="amount"]');
    expect(await amount.getAttribute('data-status')).toBe('failed');
    expect(await amount.textContent()).toContain('五级 1,000, 四级 1,500, 三级 2,000 yuan');
    expect(await amount.textContent()).toContain('二级/技师不在补贴范围；政策补贴：');
    const nextYear = `${Number(chinaDate(new Date()).slice(0, 4)) + 1}-01-01`;
    expect(await refused.locator('tr[data-rule="yearly-cap-kind"]').textContent()).toContain(nextYear);
    expect(await refused.locator('.claim-from').textContent()).toContain('不能再申请');
    expect(await page.locator('table.claims tbody tr').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subsidy-worker-refused');

    const phone = await browser.newPage({ phone: true });
    await signIn(phone, 'worker', workerId);
    await phone.goto('/my-subsidies');
    await phone.getByRole('button', { name: `查看 ${certificates.level3} 的审核结果` }).click(PATIENT);
    await phone.locator('section.decision').waitFor();
    expect(await fitsPhone(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'subsidy-worker-phone');
  });

  it('the office finds a referred claim by certificate number and approves it with a reason; a bad 失业保险 row is named at its line', async () => {
    const { workerId, certificates } = uninsured;
    expect((await claimAsWorker(workerId, certificates.level3)).status).toBe('referred');
    const page = await browser.newPage();
    await signIn(page, 'subsidy-office');
    await page.goto('/subsidy/claims');
    await page.getByLabel('证书编号').fill(certificates.level3);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const row = page.locator('table.claims tbody tr').first();
    await expect.poll(() => row.textContent(), PATIENT).toContain('待人工审核');
    await page.getByRole('button', { name: `查看 ${certificates.level3} 的审核结果` }).click();
    expect(await page.locator('tr[data-rule="insured-long-enough"]').getAttribute('data-status')).toBe('referred');

    await page.getByLabel('理由').fill('已核实失业保险参保满一年');
    await page.getByRole('button', { name: '提交审核决定' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('不能更改');
    await page.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(() => row.textContent(), PATIENT).toContain('已批准');
    expect(await row.textContent()).toContain('2,000.00');
    expect(await page.locator('.review-line').textContent()).toContain('已核实失业保险参保满一年');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subsidy-office-approved');

    const tomorrow = chinaDate(new Date(Date.now() + 86_400_000));
    const idNumber = residentIdNumber(Math.floor(Math.random() * 900_000), '510100');
    const csv = `证件类型,公民身份号码,参保日期,停保日期\r\n身份证,${idNumber},2019-01-01,\r\n身份证,${idNumber},${tomorrow},\r\n`;
    await page
      .getByLabel('选择 CSV 文件')
      .setInputFiles({ name: '参保.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    const rejected = page.locator('.sheet-refusal tr.line-rejected');
    await expect.poll(() => rejected.count(), PATIENT).toBe(1);
    expect(await rejected.textContent()).toContain('日期晚于今天');
    expect(await rejected.locator('th').textContent()).toBe('3');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subsidy-office-insurance-refused');

    const phone = await browser.newPage({ phone: true });
    await signIn(phone, 'subsidy-office');
    await phone.goto('/subsidy/claims');
    await phone.getByLabel('劳动者编号').fill(workerId);
    await phone.getByRole('button', { name: '查找', exact: true }).click();
    await expect.poll(() => phone.locator('table.claims tbody tr').count(), PATIENT).toBe(1);
    expect(await fitsPhone(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'subsidy-office-phone');
  });
});
