import type { Platform } from '@tianfu/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';
import { creditCode, registeredProvider, trainingPlatform } from './support/training-fixtures.ts';

// A service's answer on a loaded machine can take seconds: longer than expect.poll's one-second default.
const answered = { timeout: 20_000 };

const run = Date.now().toString(36).slice(-5);

// The training office's register and the public directory in a real Chromium (docs/domain.md §7.1).
describe('the training provider register and the public directory', () => {
  const browser = consoleBrowserPerSuite();
  const providerId = `tp-office-${run}`;
  const name = `锦江烹饪职业培训学校${run}`;
  let platform: Platform;

  beforeAll(async () => {
    platform = await trainingPlatform();
    // Registered once training holds the catalogue, so the form's registration below is not early.
    await registeredProvider(platform, `tp-probe-${run}`, `探路培训学校${run}`);
  });

  it('registers a provider through the form (a wrong USCC check character named at its field) and grades it', async () => {
    const page = await browser.newPage();
    await signIn(page, 'training-office');
    await page.goto('/training/providers');
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe('培训机构信息库');
    const form = page.getByRole('form', { name: '登记培训机构' });
    const good = creditCode(providerId);
    const wrong = `${good.slice(0, 17)}${good.at(-1) === '0' ? '1' : '0'}`;
    await form.getByLabel('机构编号').fill(providerId);
    await form.getByLabel('机构类型').selectOption('private-training-institution');
    await form.getByLabel('机构名称').fill(name);
    await form.getByLabel('统一社会信用代码').fill(wrong);
    await form.getByLabel('市(州)').selectOption('510100');
    await form.getByLabel('培训范围').fill('4-03-02-01');
    await form.getByRole('button', { name: '登记' }).click();
    const codeField = form.locator('.field-invalid', { has: page.getByLabel('统一社会信用代码') });
    await expect.poll(() => codeField.textContent(), answered).toContain('check character');
    await form.getByLabel('统一社会信用代码').fill(good);
    await form.getByRole('button', { name: '登记' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), answered).toBe(`已登记：${name}`);

    await page.goto(`/training/providers/${providerId}`);
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe(name);
    const grading = page.getByRole('form', { name: '等级评估' });
    await grading.getByLabel('等级').selectOption('B');
    await grading.getByLabel('评定日期').fill('2025-06-01');
    await grading.getByLabel('评估机构').fill('四川省职业技能鉴定指导中心');
    await grading.getByLabel('有效期至').fill('2028-05-31');
    await grading.getByRole('button', { name: '记录等级' }).click();
    await expect.poll(() => grading.getByRole('status').textContent(), answered).toBe('已记录等级：B 级');
    expect(await page.locator('.details').textContent()).toContain('B 级');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-provider-record');
  });

  it('lists it in the public directory by 市(州), kind and grade, and opens its public page, with no sign-in', async () => {
    const page = await browser.newPage();
    await page.goto('/training/directory');
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe('培训机构目录');
    const filters = page.getByRole('form', { name: '查找条件' });
    await filters.getByLabel('市(州)').selectOption('510100');
    await filters.getByLabel('机构类型').selectOption('private-training-institution');
    await filters.getByLabel('等级').selectOption('B');
    const filtered = page.waitForResponse((response) => response.url().includes('grade=B'));
    await filters.getByRole('button', { name: '查找' }).click();
    await filtered;
    const link = page.getByRole('link', { name });
    await expect.poll(() => link.count(), answered).toBe(1);
    expect(await page.getByRole('link', { name: `探路培训学校${run}` }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-directory');
    await link.click();
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe(name);
    expect(await page.locator('.details').textContent()).toContain(
      'B 级（四川省职业技能鉴定指导中心 于 2025-06-01 评定',
    );
  });

  it('suspends it with a reason after a confirmation; the directory then no longer lists it', async () => {
    const page = await browser.newPage();
    await signIn(page, 'training-office');
    await page.goto(`/training/providers/${providerId}`);
    const supervision = page.getByRole('region', { name: '暂停、恢复与退出' });
    await supervision.getByRole('button', { name: '暂停' }).click();
    const reasonField = supervision.locator('.field-invalid', { has: page.getByLabel('理由') });
    await expect.poll(() => reasonField.count(), answered).toBe(1);
    await supervision.getByLabel('理由').fill('监督检查发现虚报培训人数');
    await supervision.getByRole('button', { name: '暂停' }).click();
    const dialog = page.getByRole('dialog', { name: `确认暂停：${name}？` });
    await expect.poll(() => dialog.isVisible(), answered).toBe(true);
    expect(await dialog.textContent()).toContain('理由：监督检查发现虚报培训人数');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-suspend-confirm');
    await dialog.getByRole('button', { name: '暂停' }).click();
    await expect.poll(() => page.locator('.details .badge').textContent(), answered).toBe('已暂停');
    expect(await page.locator('.details').textContent()).toContain('监督检查发现虚报培训人数');
    expect(await supervision.getByRole('button', { name: '恢复' }).count()).toBe(1);

    const visitor = await browser.newPage();
    await visitor.goto(`/training/directory/${providerId}`);
    await expect.poll(() => visitor.locator('.notice').textContent(), answered).toContain('目录中没有这家机构');
    await visitor.goto('/training/directory');
    const filters = visitor.getByRole('form', { name: '查找条件' });
    await filters.getByLabel('市(州)').selectOption('510100');
    await filters.getByLabel('机构类型').selectOption('private-training-institution');
    const filtered = visitor.waitForResponse((response) =>
      response.url().includes('kind=private-training-institution'),
    );
    await filters.getByRole('button', { name: '查找' }).click();
    await filtered;
    await expect.poll(() => visitor.getByRole('link', { name: `探路培训学校${run}` }).count(), answered).toBe(1);
    expect(await visitor.getByRole('link', { name }).count()).toBe(0);
  });

  it('fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    const listed = page.waitForResponse((response) => response.url().includes('/api/training/v1/directory/providers'));
    await page.goto('/training/directory');
    await listed;
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-directory-phone');
  });
});
