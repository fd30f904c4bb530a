import type { Platform } from '@tianfu/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { pastClassDay, pastClassWithRoster } from './support/past-class-fixtures.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';
import { registeredProvider, trainee, trainingPlatform } from './support/training-fixtures.ts';

const answered = { timeout: 20_000 };
const run = Date.now().toString(36).slice(-5);

// A class's attendance sitting by sitting, and each trainee against the completion rule, in a real
// Chromium (docs/domain.md §7.4, §7.5): a class the office recorded late, so its sittings are over.
describe("a class's attendance per sitting", () => {
  const browser = consoleBrowserPerSuite();
  const providerId = `tp-att-${run}`;
  const classId = `att-${run}`;
  const all = trainee(`attendance-all-${run}`);
  const lastOnly = trainee(`attendance-last-${run}`);
  const firstOnly = trainee(`attendance-first-${run}`);
  const title = `培训班：川菜师傅 中式烹调师（四级）${classId}`;
  let platform: Platform;

  beforeAll(async () => {
    platform = await trainingPlatform();
    await registeredProvider(platform, providerId, `锦江烹饪考勤学校${run}`);
    const day = pastClassDay(run);
    await pastClassWithRoster(platform, {
      providerId,
      classId,
      day,
      trainees: [
        { person: all, attended: ['s1', 's2'] },
        { person: lastOnly, attended: ['s2'] },
        { person: firstOnly, attended: ['s1'] },
      ],
    });
  }, 150_000);

  it('shows who signed in at each sitting with the hours, and each trainee against the 80% rule', async () => {
    const page = await browser.newPage();
    await signIn(page, 'training-office');
    await page.goto(`/training/classes/${classId}`);
    await expect.poll(() => page.locator('h1').textContent(), answered).toBe(title);
    const s1 = page.locator('tr[data-sitting="s1"]');
    const s2 = page.locator('tr[data-sitting="s2"]');
    expect(await s1.locator('td[data-label="签到人数"]').textContent()).toBe('2 / 3');
    expect(await s2.locator('td[data-label="签到人数"]').textContent()).toBe('2 / 3');
    expect(await s1.locator('td[data-label="计入学时合计"]').textContent()).toBe('8');
    expect(await s2.locator('td[data-label="计入学时合计"]').textContent()).toBe('12');
    const who = (row: typeof s1) => row.locator('.present-list li').allTextContents();
    expect((await who(s1)).map((line) => line.split(' · ').slice(0, 2).join(' · ')).sort()).toEqual(
      [`${all.name} · 4 学时`, `${firstOnly.name} · 4 学时`].sort(),
    );
    expect((await who(s2)).join('\n')).toContain(`${lastOnly.name} · 6 学时`);
    expect((await who(s2)).join('\n')).not.toContain(firstOnly.name);
    const standing = page.locator('tr[data-outcome] td[data-label="对照结业规则"]');
    expect((await standing.allTextContents()).sort()).toEqual(['已达 80%', '距 80% 差 2 学时', '距 80% 差 4 学时']);
    expect(await page.locator('article').textContent()).toContain('依据：出勤率不低于 80%');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'training-attendance-per-sitting');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Attendance per sitting' }).count(), answered).toBe(1);
    expect(await s1.locator('td[data-label="Signed in"]').textContent()).toBe('2 of 3');
    const inEnglish = page.locator('tr[data-outcome] td[data-label="Against the completion rule"]');
    expect((await inEnglish.allTextContents()).sort()).toEqual(['2 h short of 80%', '4 h short of 80%', 'Reaches 80%']);
  });

  it('fits a 375-px phone, each sitting a card', async () => {
    const phone = await browser.newPage({ phone: true });
    await signIn(phone, 'training-office');
    await phone.goto(`/training/classes/${classId}`);
    await expect.poll(() => phone.locator('h1').textContent(), answered).toBe(title);
    await phone.locator('tr[data-sitting="s2"]').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'training-attendance-per-sitting-phone');
  });
});
