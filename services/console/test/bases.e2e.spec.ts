import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { person } from './support/appointment-fixtures.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

// A service's answer on a loaded machine can take seconds: longer than expect.poll's one-second default.
const answered = { timeout: 20_000 };

const run = Date.now().toString(36).slice(-5);

// The studios and bases page in a real Chromium against the running platform (docs/domain.md §5.3).
describe('master studios and bases: the talent office registers, HR reads', () => {
  const browser = consoleBrowserPerSuite();
  const industry = `装备制造${run}`;

  it('registers a municipal training base (one request at a time) and a master studio, lists them by level and 市(州), and refuses a bad master ID at its field', async () => {
    const page = await browser.newPage();
    await signIn(page, 'talent-office');
    await page.goto('/talent-office/bases');
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe('技能大师工作室与培训基地');
    const form = page.getByRole('form', { name: '登记工作室或基地' });
    const register = form.getByRole('button', { name: '登记' });
    await form.getByLabel('类型').selectOption('public-training-base');
    await form.getByLabel('名称').fill(`乐山公共实训基地${run}`);
    await form.getByLabel('级别').selectOption('municipal');
    await form.getByLabel('所在市(州)').selectOption('511100');
    await form.getByLabel('行业').fill(industry);
    await form.getByLabel('设立日期').fill('2025-03-01');
    // The registration is held on its way, to see the button refuse a second click meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/talent-registry/v1/bases', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await register.click();
    await expect.poll(() => register.isDisabled(), answered).toBe(true);
    release();
    await expect.poll(() => form.getByRole('status').textContent(), answered).toBe(`已登记：乐山公共实训基地${run}。`);

    const master = person(`匠${run}`);
    await form.getByLabel('类型').selectOption('master-studio');
    await form.getByLabel('名称').fill(`${master.name}技能大师工作室`);
    await form.getByLabel('所在市(州)').selectOption('511100');
    await form.getByLabel('行业').fill(industry);
    await form.getByLabel('设立日期').fill('2025-04-01');
    await form.getByLabel('领办大师居民身份证号').fill('510104199001011234');
    await form.getByLabel('领办大师姓名').fill(master.name);
    await register.click();
    const idField = form.locator('.field-invalid', { has: page.getByLabel('领办大师居民身份证号') });
    await expect.poll(() => idField.count(), answered).toBe(1);
    await form.getByLabel('领办大师居民身份证号').fill(master.idNumber);
    await register.click();
    await expect
      .poll(() => form.getByRole('status').textContent(), answered)
      .toBe(`已登记：${master.name}技能大师工作室。`);

    const filters = page.getByRole('form', { name: '筛选' });
    await filters.getByLabel('级别').selectOption('municipal');
    await filters.getByLabel('所在市(州)').selectOption('511100');
    await filters.getByRole('button', { name: '查询' }).click();
    const rows = page.locator('tbody tr', { hasText: industry });
    await expect
      .poll(() => rows.allTextContents(), answered)
      .toEqual([expect.stringContaining(`乐山公共实训基地${run}`)]);
    await filters.getByLabel('级别').selectOption('');
    await filters.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => rows.count(), answered).toBe(2);
    expect(await page.locator('tr', { hasText: `${master.name}技能大师工作室` }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'bases-office');
  });

  it('shows HR a studio named after its master as sealed, and no registration form', async () => {
    const page = await browser.newPage();
    await signIn(page, 'hr');
    await page.goto('/talent-office/bases');
    const filters = page.getByRole('form', { name: '筛选' });
    await filters.getByLabel('类型').selectOption('master-studio');
    await filters.getByLabel('所在市(州)').selectOption('511100');
    await filters.getByRole('button', { name: '查询' }).click();
    const studio = page.locator('tbody tr', { hasText: industry });
    await expect.poll(() => studio.textContent(), answered).toContain('仅人才办可见');
    expect(await page.getByRole('form', { name: '登记工作室或基地' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'talent-office');
    const listed = page.waitForResponse((response) => response.url().includes('/api/talent-registry/v1/bases'));
    await page.goto('/talent-office/bases');
    await listed;
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'bases-phone');
  });
});
