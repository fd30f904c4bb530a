import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, launchConsoleBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';

// The administrator (省人社厅) in a real Chromium: development sign-in, the catalogue's CSV import
// with a bad line named, registering an evaluation body and filing an occupation for it.
const parents = [
  '4,社会生产服务和生活服务人员,,,,,,大典 2022',
  '4-03,住宿和餐饮服务人员,,,,,,大典 2022',
  '4-03-02,餐饮服务人员,,,,,,大典 2022',
];
const header = '编码,名称,类别,数字职业,绿色职业,工种,新职业发布日期,来源';
const pastryCook = '4-03-02-05,西式面点师,技能人员,否,否,,,大典 2022';
const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n')),
});

async function importSheet(page: Page, sheet: string, file: ReturnType<typeof csv>) {
  const form = page.locator('form[aria-labelledby="import-title"]');
  await form.getByLabel('表格').selectOption(sheet);
  await form.getByLabel('CSV 文件').setInputFiles(file);
  await form.getByLabel('原因').fill('导入 2022 年版大典');
  await form.getByRole('button', { name: '导入' }).click();
  return form;
}

describe('the admin pages', () => {
  let browser: ConsoleBrowser;
  let page: Page;
  const bodyId = `e2e-admin-${Date.now().toString(36)}`;
  beforeAll(async () => {
    browser = await launchConsoleBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in as the administrator on the development sign-in page', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('角色').selectOption('admin');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-sign-in');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    const navigation = page.getByRole('navigation');
    await navigation.getByRole('link', { name: '评价机构' }).waitFor();
    expect(await navigation.getByRole('link', { name: '职业目录' }).count()).toBe(1);
  });

  it('names the bad line of a catalogue import, then imports the occupation and its standard', async () => {
    await page.goto('/admin/catalogue');
    const form = await importSheet(
      page,
      'occupations.csv',
      csv('bad.csv', [header, ...parents.slice(0, 1), '4-3-02-05,错误编码,,,,,,大典']),
    );
    const rejected = form.locator('.rejected-rows li');
    await rejected.first().waitFor();
    expect(await rejected.allTextContents()).toEqual([expect.stringMatching(/^第 3 行 编码 .*occupation_code$/)]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-catalogue-rejected-row');

    await importSheet(page, 'occupations.csv', csv('occupations.csv', [header, ...parents, pastryCook]));
    await form.getByRole('status').waitFor();
    const standard = '4-03-02-05,2018,国家职业技能标准 西式面点师,5;4;3,B,2018-10-01';
    await importSheet(
      page,
      'standards.csv',
      csv('standards.csv', ['职业编码,版本,标准名称,等级,申报条件模板,施行日期', standard]),
    );
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/1 行|未作任何更改/);
  });

  it('checks a body in the form as the API does, registers it and files an occupation for it', async () => {
    await page.goto('/admin/bodies');
    const form = page.locator('form[aria-labelledby="register-title"]');
    await form.getByLabel('机构编号').fill(bodyId);
    await form.getByLabel('机构名称').fill('四川省端到端测试技师学院');
    await form.getByLabel('备案号').fill('Y000051001064');
    await form.getByLabel('统一社会信用代码').fill('914403001922038217');
    await form.getByRole('button', { name: '登记' }).click();
    const creditCode = form.locator('.field', { has: page.getByLabel('统一社会信用代码') });
    await creditCode.locator('.field-error').waitFor();
    await form.getByLabel('统一社会信用代码').fill('914403001922038216');
    await form.getByRole('button', { name: '登记' }).click();
    await page.getByRole('link', { name: bodyId }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-bodies');

    await page.getByRole('link', { name: bodyId }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('四川省端到端测试技师学院');
    const filing = page.locator('form[aria-labelledby="file-title"]');
    await filing.getByLabel('职业编码').fill('4-03-02-05');
    await filing.getByRole('button', { name: '查找' }).click();
    await filing.getByLabel('三级').check();
    await filing.getByRole('button', { name: '备案', exact: true }).click();
    await page.locator('.card', { hasText: '4-03-02-05' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-body-filed');
  });
});
