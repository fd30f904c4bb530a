import { demoOccupations } from '@tianfu/demo';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { appointAnswer, appointingEnterprise, level1Holder, person } from './support/appointment-fixtures.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

// A service's answer on a loaded machine can take seconds: longer than expect.poll's one-second default.
const answered = { timeout: 20_000 };

const run = Date.now().toString(36).slice(-4);
const electrician = demoOccupations.electrician.code;
const today = new Date().toISOString().slice(0, 10);

/** Fills the appointment form for a 特级技师 in 电工 from today; the talent office also picks the enterprise. */
async function fillAppointment(page: Page, who: { idNumber: string; name: string }, bodyId?: string) {
  const form = page.getByRole('form', { name: '聘任' });
  await form.getByLabel('居民身份证号', { exact: true }).fill(who.idNumber);
  await form.getByLabel('姓名', { exact: true }).fill(who.name);
  await form.getByLabel('岗位', { exact: true }).selectOption('principal-technician');
  if (bodyId !== undefined) await form.getByLabel('聘任企业', { exact: true }).selectOption(bodyId);
  await form.getByLabel('职业', { exact: true }).fill(electrician);
  await form.getByLabel('聘期起始日', { exact: true }).fill(today);
  return form;
}

// The appointments page in a real Chromium against the running platform (docs/domain.md §1).
describe('特级技师 appointments: an enterprise appoints, the talent office renews, ends and overrides', () => {
  const browser = consoleBrowserPerSuite();
  let enterprise: { bodyId: string; name: string };
  let holder: { idNumber: string; name: string };

  beforeAll(async () => {
    enterprise = await appointingEnterprise();
    holder = await level1Holder(`聘${run}`);
  }, 180_000);

  it('the enterprise appoints its 高级技师, sees the name masked, and is refused a worker without the prerequisite, the rule said at the post', async () => {
    const page = await browser.newPage();
    await signIn(page, 'employer', enterprise.bodyId);
    await page.goto('/talent-office/appointments');
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe('特级技师与首席技师聘任');
    const form = await fillAppointment(page, holder);
    const submit = form.getByRole('button', { name: '聘任', exact: true });
    const notYet = ['BODY_NOT_REGISTERED', 'APPOINTMENT_PREREQUISITE_UNMET'];
    expect(await appointAnswer(page, submit, notYet)).toEqual({ status: 201, code: null });
    await expect.poll(() => form.getByRole('status').textContent(), answered).toBe(`已聘任${holder.name}。`);
    const row = page.locator('tr', { hasText: `${holder.name.slice(0, 1)}*` });
    await expect.poll(() => row.count(), answered).toBe(1);
    expect(await page.locator('table').textContent()).not.toContain(holder.name);

    await fillAppointment(page, person(`未${run}`));
    expect(await appointAnswer(page, submit, ['BODY_NOT_REGISTERED'])).toMatchObject({
      code: 'APPOINTMENT_PREREQUISITE_UNMET',
    });
    const postField = form.locator('.field-invalid', { has: page.getByLabel('岗位') });
    await expect
      .poll(() => postField.textContent(), answered)
      .toContain('特级技师须在同一职业持有高级技师（一级）证书');
    expect(await form.getByLabel('破格聘任理由').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'appointments-employer-refused');
  });

  it('the talent office finds it by enterprise with the full name, renews it, then ends it with a reason', async () => {
    const page = await browser.newPage();
    await signIn(page, 'talent-office');
    await page.goto('/talent-office/appointments');
    const filters = page.getByRole('form', { name: '筛选' });
    await filters.getByLabel('聘任企业').selectOption(enterprise.bodyId);
    await filters.getByRole('button', { name: '查询' }).click();
    const row = page.locator('tr', { hasText: holder.name });
    await expect.poll(() => row.count(), answered).toBe(1);
    await row.getByRole('button', { name: `续聘或解聘 ${holder.name}` }).click();
    const renew = page.getByRole('form', { name: '续聘' });
    await renew.getByLabel('新的聘期截止日').fill('2030-06-30');
    await renew.getByRole('button', { name: '续聘' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), answered).toBe('已续聘。');
    await expect.poll(() => row.textContent(), answered).toContain('2030-06-30');
    await row.getByRole('button', { name: `续聘或解聘 ${holder.name}` }).click();
    const end = page.getByRole('form', { name: '解聘' });
    await end.getByLabel('解聘日期').fill(today);
    await end.getByLabel('解聘理由').fill('调岗');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'appointments-office-manage');
    await end.getByRole('button', { name: '解聘' }).click();
    await expect.poll(() => row.textContent(), answered).toContain(`${today} 解聘：调岗`);
  });

  it('the talent office, refused for an unmet prerequisite, is offered the override and appoints with its reason', async () => {
    const page = await browser.newPage();
    await signIn(page, 'talent-office');
    await page.goto('/talent-office/appointments');
    const unqualified = person(`破${run}`);
    const form = await fillAppointment(page, unqualified, enterprise.bodyId);
    const submit = form.getByRole('button', { name: '聘任', exact: true });
    expect(await appointAnswer(page, submit, ['BODY_NOT_REGISTERED'])).toMatchObject({
      code: 'APPOINTMENT_PREREQUISITE_UNMET',
    });
    await form.getByLabel('破格聘任理由').fill('省级技能大师，经专家评议破格聘任');
    expect(await appointAnswer(page, submit, [])).toEqual({ status: 201, code: null });
    const row = page.locator('tr', { hasText: unqualified.name });
    await expect.poll(() => row.textContent(), answered).toContain('破格聘任：省级技能大师，经专家评议破格聘任');
  });

  it('fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'talent-office');
    const listed = page.waitForResponse((response) => response.url().includes('/api/talent-registry/v1/appointments'));
    await page.goto('/talent-office/appointments');
    await listed;
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'appointments-phone');
  });
});
