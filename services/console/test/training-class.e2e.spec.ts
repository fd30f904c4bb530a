import type { Platform } from '@tianfu/demo';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, launchConsoleBrowser } from './support/browser.ts';
import { withWrongCheckCharacter } from './support/centre-session.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';
import {
  enrolmentCsv,
  registeredProvider,
  signInCsv,
  sittingSoon,
  trainees,
  trainingPlatform,
} from './support/training-fixtures.ts';

const answered = { timeout: 20_000 };
const run = Date.now().toString(36).slice(-5);

// Sign-ins count only from the sitting's start, which a class filed now has in its future: the test
// that uploads them waits for that moment on the wall clock, up to a sitting moved past midnight.
const signInTimeout = Math.max(0, sittingSoon(new Date()).startsAt.getTime() - Date.now()) + 10 * 60_000;

// A provider at work in a real Chromium (docs/domain.md §7.1–7.4): filing a class with its sitting,
// a refused enrolment sheet with the bad line named, the corrected one, sign-ins, and completion.
describe("a provider's class", () => {
  const providerId = `tp-class-${run}`;
  const classId = `cook-${run}`;
  const className = `川菜师傅 中式烹调师 ${run}期`;
  const people = trainees(`class-${run}`, 3);
  let browser: ConsoleBrowser;
  let platform: Platform;
  let page: Page;
  let sitting: ReturnType<typeof sittingSoon>;

  beforeAll(async () => {
    [browser, platform] = await Promise.all([launchConsoleBrowser(), trainingPlatform()]);
    await registeredProvider(platform, providerId, `天府川菜培训学校${run}`);
    page = await browser.newPage();
    await signIn(page, 'training-provider', providerId);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sheet = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`) });
  const section = (name: string) => page.getByRole('region', { name, exact: true });

  it('files a class with a sitting through the form, a bad time named at its field first', async () => {
    await page.goto('/training/classes');
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe('培训班');
    await expect.poll(() => page.getByText('尚未备案培训班。').isVisible(), answered).toBe(true);
    const form = page.getByRole('form', { name: '备案新培训班' });
    await form.getByLabel('培训班编号').fill(classId);
    await form.getByLabel('班名').fill(className);
    await form.getByLabel('职业或专项职业能力').fill('4-03-02-01');
    await form.getByLabel('培训类型').selectOption('employment');
    await form.getByLabel('组织方式').selectOption('order');
    await form.getByLabel('品牌（专栏5）').selectOption('sichuan-cuisine-chef');
    await form.getByLabel('人数上限').fill('3');
    sitting = sittingSoon(new Date());
    await form.getByLabel('日期').fill(sitting.date);
    await form.getByLabel('开始（北京时间）').fill(sitting.start);
    await form.getByLabel('结束（北京时间）').fill('25:00');
    await form.getByLabel('理论学时').fill('0.5');
    await form.getByLabel('实操学时').fill('0');
    await form.getByRole('button', { name: '备案' }).click();
    const endField = form.locator('.field-invalid', { has: page.getByLabel('结束（北京时间）') });
    await expect.poll(() => endField.textContent(), answered).toContain('HH:MM');
    await form.getByLabel('结束（北京时间）').fill(sitting.end);
    await form.getByRole('button', { name: '备案' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), answered).toBe(`已备案：${className}`);
    await expect.poll(() => page.getByRole('link', { name: className }).count(), answered).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-classes');
  });

  it('refuses an enrolment sheet with one bad row, naming it beside its line; nothing is enrolled', async () => {
    await page.getByRole('link', { name: className }).click();
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe(`培训班：${className}`);
    const enrolment = section('报名表（实名制）');
    const bad = withWrongCheckCharacter(enrolmentCsv(people), 3);
    await enrolment.getByLabel('选择 CSV 文件').setInputFiles(sheet('报名表.csv', bad));
    await enrolment.getByRole('button', { name: '上传' }).click();
    const refusal = enrolment.locator('.sheet-refusal');
    await refusal.waitFor();
    expect(await refusal.locator('p').first().textContent()).toContain('有 1 处错误，整表未导入');
    const rejected = refusal.locator('tr.line-rejected');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('th').textContent()).toBe('3');
    const problem = await rejected.locator('.sheet-problems').textContent();
    expect(problem).toContain('“证件号码”列');
    expect(problem).toContain('id_checksum');
    expect(await refusal.locator('tbody tr').count()).toBe(4);
    expect(await page.getByText('尚无学员报名。').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-enrolment-refused');
  });

  it('enrols the corrected sheet: three trainees, shown masked as the API gives them', async () => {
    const enrolment = section('报名表（实名制）');
    await enrolment.getByLabel('选择 CSV 文件').setInputFiles(sheet('报名表.csv', enrolmentCsv(people)));
    await enrolment.getByRole('button', { name: '上传' }).click();
    await expect.poll(() => enrolment.locator('.success').textContent(), answered).toContain('报名学员 3 名');
    const rows = page.locator('tr[data-outcome]');
    await expect.poll(() => rows.count(), answered).toBe(3);
    const table = (await rows.allTextContents()).join('\n');
    for (const person of people) expect(table).not.toContain(person.document.idNumber);
    expect(table).toContain('农民工');
  });

  it(
    'takes the sign-in sheet once the sitting has begun, and shows each trainee’s attendance share',
    async () => {
      const wait = sitting.startsAt.getTime() + 2_000 - Date.now();
      // The wall clock, not a projection: a sign-in before the sitting starts is refused by rule.
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const signIns = section('签到表');
      const attended = people.slice(0, 2);
      const csv = signInCsv(attended, 's1', `${sitting.date} ${sitting.start}`);
      await signIns.getByLabel('选择 CSV 文件').setInputFiles(sheet('签到表.csv', csv));
      await signIns.getByRole('button', { name: '上传' }).click();
      await expect.poll(() => signIns.locator('.success').textContent(), answered).toContain('签到 2 次');
      const shares = page.locator('tr[data-outcome] td[data-label="出勤率"]');
      await expect.poll(async () => (await shares.allTextContents()).sort(), answered).toEqual(['0%', '100%', '100%']);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'training-attendance');
    },
    signInTimeout,
  );

  it('asks once more before completing; while the sitting is today the service answers that the class has not ended', async () => {
    const completion = section('结业');
    await completion.getByRole('button', { name: '结业', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `确认结业：${className}？` });
    await expect.poll(() => dialog.isVisible(), answered).toBe(true);
    expect(await dialog.textContent()).toContain('将为 3 名学员判定是否结业');
    await dialog.getByRole('button', { name: '确认结业' }).click();
    await expect
      .poll(() => completion.locator('.problem').textContent(), answered)
      .toContain(`ends on ${sitting.date}`);
    expect(await page.locator('tr[data-outcome="pending"]').count()).toBe(3);
  });

  it('fits a 375-px phone', async () => {
    const phone = await browser.newPage({ phone: true });
    await signIn(phone, 'training-provider', providerId);
    await phone.goto(`/training/classes/${classId}`);
    await expect.poll(() => phone.locator('h1').textContent(), answered).toBe(`培训班：${className}`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'training-class-phone');
  });
});
