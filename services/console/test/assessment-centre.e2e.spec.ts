import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, launchConsoleBrowser } from './support/browser.ts';
import { centreSession, withWrongCheckCharacter } from './support/centre-session.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

// An evaluation body at work in a real Chromium: its sessions, a refused enrolment sheet with the bad
// line named, the good sheet, scores dropped onto the page, and closing the session.
describe('the assessment centre', () => {
  let browser: ConsoleBrowser;
  let setup: Awaited<ReturnType<typeof centreSession>>;
  let page: Page;

  beforeAll(async () => {
    [browser, setup] = await Promise.all([launchConsoleBrowser(), centreSession()]);
    page = await browser.newPage();
    await signIn(page, 'assessment-body', setup.bodyId);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sheet = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`) });
  const enrolmentSection = () => page.getByRole('region', { name: '报名表（考生名单）' });

  it("lists the body's sessions, newest first, each linked to its page", async () => {
    await page.goto('/centre/sessions');
    const link = page.getByRole('link', { name: setup.sessionId });
    await link.waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').first().textContent()).toContain('三级/高级工');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'centre-sessions');
    await link.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`考核场次 ${setup.sessionId}`);
  });

  it('refuses an enrolment sheet with a bad row, naming its line, column and rule next to it; nothing applied', async () => {
    await page.goto(`/centre/sessions/${setup.sessionId}`);
    await enrolmentSection()
      .getByLabel('选择 CSV 文件')
      .setInputFiles(sheet('报名表.csv', withWrongCheckCharacter(setup.enrolment, 3)));
    await enrolmentSection().getByRole('button', { name: '上传' }).click();
    const refusal = page.locator('.sheet-refusal');
    await refusal.waitFor();
    expect(await refusal.locator('p').first().textContent()).toContain('有 1 处错误，整表未导入');
    const rejected = refusal.locator('tr.line-rejected');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('th').textContent()).toBe('3');
    const problem = await rejected.locator('.sheet-problems').textContent();
    expect(problem).toContain('“证件号码”列');
    expect(problem).toContain('证件号码校验位错误');
    expect(problem).toContain('id_checksum');
    expect(await refusal.locator('tbody tr').count()).toBe(3);
    expect(await page.getByText('尚无考生。请上传报名表。').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'centre-enrolment-refused');
  });

  it('enrols the corrected sheet and shows the counts and the candidates', async () => {
    await enrolmentSection().getByLabel('选择 CSV 文件').setInputFiles(sheet('报名表.csv', setup.enrolment));
    await enrolmentSection().getByRole('button', { name: '上传' }).click();
    await expect.poll(() => enrolmentSection().locator('.success').textContent()).toContain('报名考生 2 名');
    await expect.poll(() => page.locator('.table-wrap').first().locator('tbody tr').count()).toBe(2);
  });

  it('takes a score sheet dropped onto the page and shows each result', async () => {
    const [first, second] = setup.candidates;
    const rows = [
      [first?.person.document.idNumber, '理论知识', 82],
      [first?.person.document.idNumber, '操作技能', 90],
      [second?.person.document.idNumber, '理论知识', 41],
      [second?.person.document.idNumber, '操作技能', 75],
    ];
    const csv = `证件号码,科目,成绩\r\n${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], '成绩表.csv', { type: 'text/csv' }));
      return data;
    }, csv);
    const scores = page.getByRole('region', { name: '成绩表' });
    await scores.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => scores.textContent()).toContain('成绩表.csv');
    await scores.getByRole('button', { name: '上传' }).click();
    await expect.poll(() => scores.locator('.success').textContent()).toContain('合格 1 名');
    const results = page.locator('.table-wrap').first();
    await expect.poll(() => results.locator('.badge-ok').count()).toBe(1);
    expect(await results.locator('.badge-bad').count()).toBe(1);
    await screenshot(page, 'centre-session-scored');
  });

  it('closes the session after a confirmation, and its page then says the results are final', async () => {
    await page.getByRole('button', { name: '结束场次…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '确定结束' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('场次已结束');
    expect(await page.locator('.details').textContent()).toContain('已结束');
    await page.goto('/centre/sessions');
    await page.getByLabel('状态').selectOption('closed');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('tbody').textContent()).toContain('合格 1 · 不合格 1');
  });

  it('fits a 375-px phone, in English too', async () => {
    const phone = await browser.newPage({ phone: true });
    await signIn(phone, 'assessment-body', setup.bodyId);
    await phone.goto(`/centre/sessions/${setup.sessionId}`);
    await phone.locator('.details').waitFor();
    await phone.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => phone.locator('h1').textContent()).toBe(`Exam session ${setup.sessionId}`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'centre-session-phone');
  });
});
