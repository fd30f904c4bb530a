import { readFile } from 'node:fs/promises';
import { chinaDate } from '@tianfu/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, launchConsoleBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';
import {
  budgetShortOfQueue,
  claimAsWorker,
  claimOf,
  regionWithoutBatchToday,
  subsidyClaimant,
} from './support/subsidy-fixtures.ts';

/** A page reads the subsidy service before it draws: on a busy machine that takes seconds. */
const PATIENT = { timeout: 20_000, interval: 250 };
const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const yuan = (fen: number) =>
  (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Confirms the dialog a step asks in, once its text says what the step will do. */
async function confirmDialog(page: Page, saying: string) {
  await expect.poll(() => page.getByRole('dialog').textContent()).toContain(saying);
  await page.getByRole('dialog').getByRole('button', { name: '确认', exact: true }).click();
}

// 拨付 and 追回 in a real Chromium (docs/domain.md §7.11): a claim approved now waits in its region's
// queue, the office allocates money for it on the budget page, assembles today's batch, downloads the
// bank's file, confirms it paid twice (the second changes nothing) and claws the claim back.
describe('the subsidy budget and payment pages', () => {
  let browser: ConsoleBrowser;
  let region: Awaited<ReturnType<typeof regionWithoutBatchToday>>;
  let claim: { workerId: string; claimId: string; amountFen: number };
  const today = chinaDate(new Date());
  const year = today.slice(0, 4);
  beforeAll(async () => {
    const [launched, claimant, free] = await Promise.all([
      launchConsoleBrowser(),
      subsidyClaimant('2020-03-01'),
      regionWithoutBatchToday(),
    ]);
    browser = launched;
    region = free;
    const approved = await claimAsWorker(claimant.workerId, claimant.certificates.level3, region);
    expect(approved.status).toBe('approved');
    claim = { workerId: claimant.workerId, claimId: approved.claimId, amountFen: approved.amountFen ?? 0 };
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the claim waiting in FIFO order, allocates a budget document once, and names the field a bad amount breaks', async () => {
    const page = await browser.newPage();
    await signIn(page, 'subsidy-office');
    await page.goto('/subsidy/budget');
    await page.getByLabel('地区', { exact: true }).selectOption(region);
    await page.getByLabel('年度', { exact: true }).fill(year);
    await page.getByRole('button', { name: '查看', exact: true }).click();
    const ours = page.locator('table.queue tbody tr', { hasText: claim.claimId });
    await expect.poll(() => ours.count(), PATIENT).toBe(1);
    expect(await ours.textContent()).toContain(yuan(claim.amountFen));
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('金额（元）', { exact: true }).fill('12.345');
    await page.getByRole('button', { name: '下达资金' }).click();
    expect(await page.locator('.allocate .field-invalid .field-error').first().textContent()).toContain('金额');

    const short = await budgetShortOfQueue(region);
    const reference = `e2e-${Date.now()}`;
    await page.getByLabel('金额（元）', { exact: true }).fill(String((short + 100) / 100));
    await page.getByLabel('拨款文件文号（下达理由）', { exact: true }).fill(reference);
    await page.getByRole('button', { name: '下达资金' }).click();
    await confirmDialog(page, reference);
    await expect.poll(() => page.locator('.allocate [role="status"]').textContent(), PATIENT).toContain('已记录');
    await expect.poll(() => ours.getAttribute('data-within-budget'), PATIENT).toBe('true');
    expect(await page.locator('table.queue tbody tr[data-within-budget="false"]').count()).toBe(0);
    await screenshot(page, 'subsidy-budget');

    await page.getByLabel('金额（元）', { exact: true }).fill('1');
    await page.getByLabel('拨款文件文号（下达理由）', { exact: true }).fill(reference);
    await page.getByRole('button', { name: '下达资金' }).click();
    await confirmDialog(page, reference);
    await expect.poll(() => page.locator('.allocate [role="status"]').textContent(), PATIENT).toContain('未作任何更改');

    const phone = await browser.newPage({ phone: true });
    await signIn(phone, 'subsidy-office');
    await phone.goto('/subsidy/budget');
    await phone.locator('.figures').waitFor(PATIENT);
    expect(await fitsPhone(phone)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'subsidy-budget-phone');
  });

  it("assembles today's batch, says plainly when there is nothing to pay, downloads the bank's file, pays once though confirmed twice, and claws the claim back", async () => {
    const page = await browser.newPage();
    await signIn(page, 'subsidy-office');
    await page.goto('/subsidy/payments');
    await page.getByLabel('地区', { exact: true }).selectOption(region);
    await page.getByLabel('批次日期', { exact: true }).fill('2020-01-02');
    await page.getByRole('button', { name: '组成该日批次' }).click();
    await expect.poll(() => page.locator('.batch-empty').textContent(), PATIENT).toContain('未组成批次');

    await page.getByLabel('批次日期', { exact: true }).fill(today);
    await page.getByRole('button', { name: '组成该日批次' }).click();
    const line = page.locator('table.batch-lines tbody tr', { hasText: claim.claimId });
    await expect.poll(() => line.count(), PATIENT).toBe(1);
    expect(await page.locator('h2#batch-title').textContent()).toContain(`${region}-${today}`);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载银行代发文件（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${region}-${today}.csv`);
    const file = await readFile(await download.path(), 'utf8');
    expect(file).toContain(`${claim.claimId},worker,${claim.workerId},${claim.amountFen}`);
    expect(file.trim().split('\r\n').at(-1)).toMatch(/^合计,\d+,,,\d+$/);

    await page.getByRole('button', { name: '确认已拨付' }).click();
    await confirmDialog(page, today);
    const said = page.locator('.paid [role="status"]');
    await expect.poll(() => said.getAttribute('data-changed'), PATIENT).toBe('true');
    expect(await page.locator('[data-figure="paid-on"]').textContent()).toBe(today);
    await page.getByRole('button', { name: '再次确认已拨付' }).click();
    await confirmDialog(page, today);
    await expect.poll(() => said.textContent(), PATIENT).toContain('未作任何更改');
    expect(await said.getAttribute('data-changed')).toBe('false');
    expect((await claimOf(claim.workerId, claim.claimId)).payment?.paidOn).toBe(today);

    await page.getByRole('button', { name: `追回 ${claim.claimId}` }).click();
    await page.getByRole('button', { name: '追回', exact: true }).click();
    expect(await page.locator('.clawback .field-error').count()).toBe(2);
    await page.getByLabel('追回理由', { exact: true }).fill('培训记录与实际不符');
    await page.getByLabel('案件编号', { exact: true }).fill('CASE 1');
    await page.getByRole('button', { name: '追回', exact: true }).click();
    await confirmDialog(page, 'CASE 1');
    await expect.poll(() => page.locator('.clawback .field-error').textContent(), PATIENT).toContain('letters');
    await page.getByLabel('案件编号', { exact: true }).fill('E2E-CASE-1');
    await page.getByRole('button', { name: '追回', exact: true }).click();
    await confirmDialog(page, 'E2E-CASE-1');
    await expect.poll(() => line.textContent(), PATIENT).toContain('已追回');
    expect((await claimOf(claim.workerId, claim.claimId)).clawback?.caseRef).toBe('E2E-CASE-1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subsidy-payments');

    const phone = await browser.newPage({ phone: true });
    await signIn(phone, 'subsidy-office');
    await phone.goto('/subsidy/payments');
    await phone.getByLabel('地区', { exact: true }).selectOption(region);
    await phone.getByRole('button', { name: '打开该日批次' }).click();
    await phone.locator('table.batch-lines').waitFor(PATIENT);
    expect(await fitsPhone(phone)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'subsidy-payments-phone');
  });
});
