import { readFile } from 'node:fs/promises';
import { ok } from '@tianfu/api-client';
import type { Platform } from '@tianfu/demo';
import { waitUntil } from '@tianfu/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite } from './support/browser.ts';
import { pastClassDay, pastClassWithRoster } from './support/past-class-fixtures.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';
import { registeredProvider, trainee, trainingPlatform } from './support/training-fixtures.ts';

const answered = { timeout: 20_000 };
const run = Date.now().toString(36).slice(-5);

// The hr talent pool by completed training (docs/domain.md §7.7) in a real Chromium: the training
// filters, their facet counts as buttons, and the CSV export asking the same.
describe('the talent pool by completed training', () => {
  const browser = consoleBrowserPerSuite();
  const providerId = `tp-pool-${run}`;
  const completer = trainee(`pool-completer-${run}`);
  const shortOfHours = trainee(`pool-short-${run}`);
  const day = pastClassDay(`pool-${run}`);
  // The class's last sitting is the day after `day`: the day its trainees complete.
  const completedOn = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  let platform: Platform;
  const workerIds = { completer: '', shortOfHours: '' };

  beforeAll(async () => {
    platform = await trainingPlatform();
    await registeredProvider(platform, providerId, `锦江川菜人才培训学校${run}`);
    await pastClassWithRoster(platform, {
      providerId,
      classId: `pool-${run}`,
      day,
      trainees: [
        { person: completer, attended: ['s1', 's2'] },
        { person: shortOfHours, attended: ['s1'] },
      ],
    });
    const { career } = platform.hr;
    const lookup = (person: typeof completer) => ok(career.POST('/v1/workers/lookup', { body: person.document }));
    workerIds.completer = (await lookup(completer)).workerId;
    workerIds.shortOfHours = (await lookup(shortOfHours)).workerId;
    const query = { trainingBrand: 'sichuan-cuisine-chef' as const, trainedFrom: completedOn, trainedTo: completedOn };
    await waitUntil(
      () => ok(career.GET('/v1/talent-pool', { params: { query: { ...query, limit: 200 } } })),
      (page) => page.items.some((w) => w.workerId === workerIds.completer),
      { what: 'the completion in career’s talent pool', timeoutMs: 90_000, intervalMs: 1_000 },
    );
  }, 150_000);

  const worker = (page: Page, workerId: string) => page.locator(`a[href="/workers/${workerId}"]`);

  it('filters by kind and completion dates, narrows by the brand facet, and exports the same search', async () => {
    const page = await browser.newPage();
    await signIn(page, 'hr');
    await page.goto('/talent-pool');
    const training = page.getByRole('group', { name: '已结业的培训' });
    await training.getByLabel('培训的职业').fill('4-03');
    await training.getByLabel('培训类型').selectOption('employment');
    await training.getByLabel('结业日期从').fill(completedOn);
    await training.getByLabel('结业日期到').fill(completedOn);
    const searched = page.waitForResponse(
      (r) => r.url().includes('trainingKind=employment') && r.url().includes(`trainedFrom=${completedOn}`),
    );
    await page.getByRole('button', { name: '查询' }).click();
    await searched;
    await expect.poll(() => worker(page, workerIds.completer).count(), answered).toBe(1);
    expect(await worker(page, workerIds.shortOfHours).count()).toBe(0);

    const facets = page.locator('.pool-facets');
    expect(await facets.textContent()).toContain('结业的培训类型');
    const brand = facets.getByRole('button', { name: /^川菜师傅 \d+$/ });
    const narrowed = page.waitForResponse((r) => r.url().includes('trainingBrand=sichuan-cuisine-chef'));
    await brand.click();
    await narrowed;
    await expect.poll(() => brand.getAttribute('aria-pressed'), answered).toBe('true');
    expect(await training.getByLabel('专栏5 劳务品牌').inputValue()).toBe('sichuan-cuisine-chef');
    const total = Number((await page.locator('.pool-summary p').textContent())?.match(/共 (\d+) 人/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(1);
    expect(await brand.textContent()).toBe(`川菜师傅 ${total}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'talent-pool-training');

    const exported = page.waitForRequest(
      (r) =>
        r.url().includes('/v1/talent-pool.csv') &&
        ['trainedOccupation=4-03', 'trainingKind=employment', 'trainingBrand=sichuan-cuisine-chef'].every((p) =>
          r.url().includes(p),
        ) &&
        r.url().includes(`trainedTo=${completedOn}`),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    await exported;
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const rows = csv.trim().split(/\r?\n/);
    expect(rows).toHaveLength(total + 1);
    expect(csv).toContain(workerIds.completer);
    expect(csv).not.toContain(workerIds.shortOfHours);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Training completed' }).count(), answered).toBe(1);
    expect(await facets.textContent()).toContain('Labour-brand training completed');
    expect(await facets.getByRole('button', { name: /^Sichuan cuisine chef \d+$/ }).count()).toBe(1);
  });

  it('names a completion range the wrong way round beside its field before asking', async () => {
    const page = await browser.newPage();
    await signIn(page, 'hr');
    await page.goto('/talent-pool');
    const training = page.getByRole('group', { name: '已结业的培训' });
    await training.getByLabel('结业日期从').fill('2025-02-01');
    await training.getByLabel('结业日期到').fill('2025-01-01');
    await page.getByRole('button', { name: '查询' }).click();
    const from = training.locator('.field-invalid', { has: page.getByLabel('结业日期从') });
    await expect.poll(() => from.locator('.field-error').textContent(), answered).toBe('开始日期不能晚于结束日期');
  });

  it('fits a 375-px phone, the training filters usable by keyboard', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'hr');
    await page.goto('/talent-pool');
    const training = page.getByRole('group', { name: '已结业的培训' });
    const kind = training.getByLabel('培训类型');
    await kind.focus();
    await kind.selectOption('employment');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await training.getByLabel('专栏5 劳务品牌').getAttribute('id'),
    );
    await training.getByLabel('结业日期从').fill(completedOn);
    await training.getByLabel('结业日期到').fill(completedOn);
    const searched = page.waitForResponse(
      (r) => r.url().includes('trainingKind=employment') && r.url().includes(`trainedTo=${completedOn}`),
    );
    await page.getByRole('button', { name: '查询' }).press('Enter');
    await searched;
    await expect.poll(() => worker(page, workerIds.completer).count(), answered).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'talent-pool-training-phone');
  });
});
