import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { organiserFixture } from './support/competition-fixtures.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

type Fixture = Awaited<ReturnType<typeof organiserFixture>>;

// Each answer waited for is one or two service calls, which take seconds on a loaded machine.
const patience = { timeout: 20_000, interval: 200 };

async function registerCompetition(page: Page, fixture: Fixture, competitionId: string) {
  const form = page.locator('form[aria-labelledby="register-title"]');
  await form.getByLabel('竞赛编号').fill(competitionId);
  await form.getByLabel('竞赛名称').fill(`第三届全国技能大赛（${fixture.runId}）`);
  await form.getByLabel('发证评价机构').selectOption(fixture.bodyId);
  await form.getByLabel('竞赛级别').selectOption('national-class-1');
  await form.getByLabel('年度').fill(String(new Date().getFullYear()));
  await form.getByLabel('赛项编号').fill('DG');
  await form.getByLabel('赛项名称').fill('电工');
  await form.getByLabel('对应等级').selectOption('level2');
  const occupation = form.getByLabel('职业（工种）编码');
  // A code the catalogue's shape refuses is named at its field, in the form, before anything is sent.
  await occupation.fill('6-31-1');
  await form.getByRole('button', { name: '登记', exact: true }).click();
  const invalid = form.locator('.field-invalid', { has: page.getByLabel('职业（工种）编码') });
  await expect.poll(() => invalid.locator('.field-error').count(), patience).toBe(1);
  expect(await occupation.getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'competition-register-bad-field');
  // Typing the name offers the catalogue's occupations; the code is what the form keeps.
  await occupation.fill('电工');
  await expect.poll(() => form.locator('datalist option[value="6-31-01-03"]').count(), patience).toBe(1);
  await occupation.fill('6-31-01-03');
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await page.waitForURL(`**/competitions/${competitionId}`);
}

// The competition organiser in a real Chromium against the running platform: register a
// competition, enter a worker, publish results, confirm them and see the promotion they cause.
describe('the competition organiser', () => {
  const browser = consoleBrowserPerSuite();
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await organiserFixture();
  }, 180_000);

  it('registers a competition, enters a worker, publishes and confirms the results, and sees the promotion', async () => {
    const page = await browser.newPage();
    await signIn(page, 'competition-organiser');
    await page.goto('/competitions');
    await expect.poll(() => page.locator('h1').textContent(), patience).toBe('职业技能竞赛');
    const competitionId = `e2e-org-${fixture.runId}`;
    await registerCompetition(page, fixture, competitionId);
    await expect.poll(() => page.locator('h1').textContent(), patience).toContain(fixture.runId);

    const enter = page.locator('form[aria-labelledby="enter-DG"]');
    const { idNumber } = fixture.worker.document;
    await enter.getByLabel('参赛编号').fill('DG-01');
    await enter.getByLabel('居民身份证号').fill(`${idNumber.slice(0, 17)}${idNumber.endsWith('1') ? '2' : '1'}`);
    await enter.getByLabel('姓名').fill(fixture.worker.name);
    await enter.getByLabel('已有等级').selectOption('level2');
    await enter.getByRole('button', { name: '登记选手' }).click();
    const idField = enter.locator('.field-invalid', { has: page.getByLabel('居民身份证号') });
    await expect.poll(() => idField.locator('.field-error').count(), patience).toBe(1);
    await enter.getByLabel('居民身份证号').fill(idNumber);
    await enter.getByRole('button', { name: '登记选手' }).click();
    const entrants = page.getByRole('table', { name: '参赛选手' });
    await expect.poll(() => entrants.locator('tbody tr').count(), patience).toBe(1);
    // The ID number comes back masked only: its first and last four characters.
    const masked = `${idNumber.slice(0, 4)}${'*'.repeat(10)}${idNumber.slice(-4)}`;
    expect(await entrants.textContent()).toContain(masked);
    expect(await entrants.textContent()).not.toContain(idNumber);

    const results = page.locator('form[aria-labelledby="results-DG"]');
    await results.getByLabel(`名次 ${fixture.worker.name}`).fill('第三');
    await results.getByRole('button', { name: '公布成绩' }).click();
    const rank = results.locator('.field-invalid', { has: page.getByLabel(`名次 ${fixture.worker.name}`) });
    await expect.poll(() => rank.locator('.field-error').count(), patience).toBe(1);
    await results.getByLabel(`名次 ${fixture.worker.name}`).fill('3');
    await results.getByLabel(`奖牌 ${fixture.worker.name}`).selectOption('bronze');
    await results.getByRole('button', { name: '公布成绩' }).click();
    await expect.poll(() => page.locator('#event-DG').textContent(), patience).toContain('成绩已公布');

    const correct = page.locator('form[aria-labelledby="correct-DG"]');
    await correct.getByLabel('名次').fill('2');
    await correct.getByLabel('奖牌').selectOption('silver');
    await correct.getByLabel('更正理由').fill('仲裁复核：实操分数录入有误');
    await correct.getByRole('button', { name: '更正' }).click();
    const trail = page.locator('section.contest-event').getByRole('listitem').filter({ hasText: '仲裁复核' });
    await expect.poll(() => trail.count(), patience).toBe(1);
    expect(await trail.textContent()).toContain('第 3 名 铜牌 → 第 2 名 银牌');
    expect(await entrants.locator('tbody tr').textContent()).toContain('银牌');

    const confirm = page.locator('form[aria-labelledby="confirm-DG"]');
    // A day the competition service refuses (in the future) is named at the date field, from its answer.
    await confirm.getByLabel('核准日期').fill('2099-01-01');
    await confirm.getByRole('button', { name: '核准' }).click();
    await expect
      .poll(() => confirm.locator('.field-invalid .field-error').textContent(), patience)
      .toContain('confirmedOn');
    await confirm.getByLabel('核准日期').fill('');
    await confirm.getByRole('button', { name: '核准' }).click();
    const awards = page.locator('section[aria-labelledby="awards-DG"]');
    await awards.waitFor();
    // The promotions table, whichever language names it.
    const promotion = awards.locator('table tbody tr');
    expect(await awards.getByRole('table', { name: '晋级' }).count()).toBe(1);
    expect(await promotion.count()).toBe(1);
    expect(await promotion.textContent()).toContain(fixture.worker.name);
    expect(await promotion.textContent()).toContain('二级/技师 → 一级/高级技师');
    expect(await awards.textContent()).toContain('全国技术能手');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'competition-confirmed');
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => awards.locator('h3').textContent())
      .toBe('What the confirmation caused: promotions and titles');
    expect(await promotion.textContent()).toContain('Level 2 (二级/技师) → Level 1 (一级/高级技师)');
    await page.getByRole('button', { name: '中文' }).click();
    // The choice is stored with the document's lang, after the click's render: navigating before that keeps English.
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');

    await page.goto('/competitions');
    const line = page.locator('tr', { hasText: fixture.runId });
    await expect.poll(() => line.textContent(), patience).toContain('已核准');
    expect(await line.textContent()).toContain('晋级 1 人');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'competitions-list');
  });

  it('fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'competition-organiser');
    await page.goto(`/competitions/e2e-org-${fixture.runId}`);
    await page.locator('section[aria-labelledby="awards-DG"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'competition-phone');
  });
});

describe('the authority grants an organiser', () => {
  const browser = consoleBrowserPerSuite();

  it("reads the dev organiser's grants, refuses a grant without a reason at its field, and sets one", async () => {
    const { bodyId } = await organiserFixture();
    const page = await browser.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin/organisers');
    await page.getByLabel('组织方账号').fill('dev-competition-organiser');
    await page.getByRole('button', { name: '查看授权' }).click();
    const grants = page.getByRole('table', { name: 'dev-competition-organiser 的授权' });
    await expect.poll(() => grants.locator('tr', { hasText: bodyId }).textContent(), patience).toContain('国家级一类');
    const form = page.locator('form[aria-labelledby="grant-title"]');
    await form.getByLabel('评价机构编号').fill(bodyId);
    await form.getByLabel('国家级一类').check();
    await form.getByLabel('省级一类').check();
    await form.getByRole('button', { name: '保存授权' }).click();
    const reason = form.locator('.field-invalid', { has: page.getByLabel('依据（文件或理由）') });
    await expect.poll(() => reason.locator('.field-error').count(), patience).toBe(1);
    await form.getByLabel('依据（文件或理由）').fill('川人社函〔2025〕竞赛备案');
    await form.getByRole('button', { name: '保存授权' }).click();
    await expect.poll(() => grants.locator('tr', { hasText: bodyId }).textContent(), patience).toContain('省级一类');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'competition-organiser-grants');
  }, 180_000);
});
