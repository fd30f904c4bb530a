import { ok } from '@tianfu/api-client';
import type { Platform } from '@tianfu/demo';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';
import { registeredProvider, trainingPlatform } from './support/training-fixtures.ts';

const answered = { timeout: 20_000 };
const run = Date.now().toString(36).slice(-5);
/** 凉山, where only this file's providers are registered. */
const region = '513400';

// The office's register by status (进入退出, docs/domain.md §7.1) in a real Chromium: suspended and
// removed providers with the reason and the time of the change, which the public directory never shows.
describe('the training provider register by status', () => {
  const browser = consoleBrowserPerSuite();
  const names = {
    listed: `凉山在册培训学校${run}`,
    suspended: `凉山暂停培训学校${run}`,
    removed: `凉山退出培训学校${run}`,
  };
  const ids = { listed: `tp-st-l-${run}`, suspended: `tp-st-s-${run}`, removed: `tp-st-r-${run}` };
  const reasons = { suspended: '双随机抽查发现虚报学员', removed: '机构申请注销' };
  let platform: Platform;

  beforeAll(async () => {
    platform = await trainingPlatform();
    for (const status of ['listed', 'suspended', 'removed'] as const) {
      await registeredProvider(platform, ids[status], names[status], region);
    }
    const { training } = platform.trainingOffice;
    const at = (providerId: string) => ({ params: { path: { providerId } } });
    const suspend = { ...at(ids.suspended), body: { reason: reasons.suspended } };
    await ok(training.POST('/v1/providers/{providerId}/suspend', suspend));
    await ok(
      training.POST('/v1/providers/{providerId}/remove', { ...at(ids.removed), body: { reason: reasons.removed } }),
    );
  }, 150_000);

  /** The register filtered to this file's 市(州) and the status chosen ('' for any), once it has answered. */
  async function filtered(page: Page, statusLabel: string, statusQuery: string | null) {
    const filters = page.getByRole('form', { name: '查找条件' });
    await filters.getByLabel('市(州)').selectOption(region);
    await filters.getByLabel('状态').selectOption({ label: statusLabel });
    const answer = page.waitForResponse(
      (response) =>
        response.url().includes('/api/training/v1/providers?') &&
        response.url().includes(`regionCode=${region}`) &&
        (statusQuery === null ? !response.url().includes('status=') : response.url().includes(`status=${statusQuery}`)),
    );
    await filters.getByRole('button', { name: '查找' }).click();
    await answer;
  }
  const row = (page: Page, name: string) => page.locator('tr', { has: page.getByRole('link', { name }) });

  it('lists the suspended ones with reason and time, then the removed ones, then every status', async () => {
    const page = await browser.newPage();
    await signIn(page, 'training-office');
    await page.goto('/training/providers');
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe('培训机构信息库');

    await filtered(page, '已暂停', 'suspended');
    const suspended = row(page, names.suspended);
    await expect.poll(() => suspended.count(), answered).toBe(1);
    expect(await suspended.locator('td[data-label="状态"]').textContent()).toBe('已暂停');
    expect(await suspended.locator('td[data-label="理由"]').textContent()).toBe(reasons.suspended);
    expect(await suspended.locator('td[data-label="状态变更时间"]').textContent()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    expect(await row(page, names.listed).count()).toBe(0);
    expect(await row(page, names.removed).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-register-suspended');

    await filtered(page, '已退出', 'removed');
    await expect.poll(() => row(page, names.removed).count(), answered).toBe(1);
    expect(await row(page, names.removed).locator('td[data-label="理由"]').textContent()).toBe(reasons.removed);
    expect(await row(page, names.suspended).count()).toBe(0);

    await filtered(page, '全部状态', null);
    await expect.poll(() => row(page, names.listed).count(), answered).toBe(1);
    const statuses = await Promise.all(
      (['listed', 'suspended', 'removed'] as const).map((s) =>
        row(page, names[s]).locator('td[data-label="状态"]').textContent(),
      ),
    );
    expect(statuses).toEqual(['在册', '已暂停', '已退出']);
    expect(await row(page, names.listed).locator('td[data-label="理由"]').textContent()).toBe('—');

    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => row(page, names.suspended).locator('td[data-label="Status"]').textContent(), answered)
      .toBe('Suspended');
    expect(await row(page, names.suspended).locator('td[data-label="Status changed"]').count()).toBe(1);
  });

  it('is used by keyboard alone: the status chosen and the search run without a pointer', async () => {
    const page = await browser.newPage();
    await signIn(page, 'training-office');
    await page.goto('/training/providers');
    const status = page.getByRole('form', { name: '查找条件' }).getByLabel('状态');
    await status.waitFor();
    await page.getByRole('form', { name: '查找条件' }).getByLabel('市(州)').selectOption(region);
    await status.focus();
    await status.selectOption('removed');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('查找');
    const answer = page.waitForResponse((response) => response.url().includes('status=removed'));
    await page.keyboard.press('Enter');
    await answer;
    await expect.poll(() => row(page, names.removed).count(), answered).toBe(1);
  });

  it('fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'training-office');
    await page.goto('/training/providers');
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe('培训机构信息库');
    await filtered(page, '已暂停', 'suspended');
    await expect.poll(() => row(page, names.suspended).count(), answered).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-register-suspended-phone');
  });
});
