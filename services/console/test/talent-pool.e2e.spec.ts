import { readFile } from 'node:fs/promises';
import { type Clients, createClients, ok, SERVICE_NAMES, type ServiceName } from '@tianfu/api-client';
import { residentIdNumber, waitUntil } from '@tianfu/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, consoleUrl, launchConsoleBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

const electrician = '6-31-01-03';
/** A page reads the ladder from career before it draws: on a busy machine that takes seconds. */
const PATIENT = { timeout: 20_000, interval: 250 };

/** The services through the console's own proxy, as the pages reach them. */
const clientsAs = (token: string): Clients =>
  createClients({
    baseUrls: Object.fromEntries(SERVICE_NAMES.map((s) => [s, `${consoleUrl()}/api/${s}`])) as Record<
      ServiceName,
      string
    >,
    token,
  });

const devToken = async (role: string): Promise<string> => {
  const answer = await fetch(`${consoleUrl()}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  return ((await answer.json()) as { token: string }).token;
};

/**
 * A new worker each run, with two old 职业资格 as an electrician: 四级 in `fourOn`, 三级 in
 * `threeOn` (a day of its own, which the search narrows to), imported by the certificate office.
 */
async function workerWithTwoSteps() {
  const n = Math.floor(Math.random() * 900_000) + 10_000;
  const serial = String(n % 100_000).padStart(5, '0');
  const threeOn = `2016-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  const document = { idType: 'resident-id-card' as const, idNumber: residentIdNumber(n, '510104') };
  const item = (level: 'level4' | 'level3', issuedOn: string) => ({
    certificateNo: `${issuedOn.slice(2, 4)}51012003${level === 'level4' ? 4 : 3}${serial}`,
    document,
    name: '王阶梯',
    occupationCode: electrician,
    level,
    issuedOn,
    issuerName: '四川省职业技能鉴定指导中心',
  });
  const office = clientsAs(await devToken('certificate-office'));
  await ok(
    office.certification.POST('/v1/certificates/legacy', {
      body: { items: [item('level4', '2012-06-01'), item('level3', threeOn)] },
    }),
  );
  const hr = clientsAs(await devToken('hr'));
  const { workerId } = await ok(hr.career.POST('/v1/workers/lookup', { body: document }));
  await waitUntil(
    () => ok(hr.career.GET('/v1/workers/{workerId}/ladder', { params: { path: { workerId } } })).catch(() => null),
    (ladder) => ladder?.occupations[0]?.steps.length === 2,
    { what: 'the worker’s two steps in career', timeoutMs: 180_000, intervalMs: 1_000 },
  );
  return { workerId, threeOn };
}

const drawnSteps = (page: Page) =>
  page.locator('svg.ladder-picture g.step').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-level')));

describe('the hr talent pool and a worker’s ladder', () => {
  let browser: ConsoleBrowser;
  let worker: Awaited<ReturnType<typeof workerWithTwoSteps>>;
  beforeAll(async () => {
    [browser, worker] = await Promise.all([launchConsoleBrowser(), workerWithTwoSteps()]);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('a search finds the worker, opens the ladder, and moving the as-of date redraws the steps', async () => {
    const page = await browser.newPage();
    await signIn(page, 'hr');
    await page.goto('/talent-pool');
    await page.getByLabel('职业', { exact: true }).fill(electrician);
    await page.getByLabel('取证日期从').fill(worker.threeOn);
    await page.getByLabel('取证日期到').fill(worker.threeOn);
    await page.getByRole('button', { name: '查询' }).click();
    const row = page.locator(`a[href="/workers/${worker.workerId}"]`);
    await row.waitFor();
    expect(await page.locator('.pool-facets').textContent()).toContain('电工');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'talent-pool');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF人员编号,姓名,')).toBe(true);
    expect(csv).toContain(worker.workerId);

    await row.click();
    await expect.poll(() => drawnSteps(page), PATIENT).toEqual(['level4', 'level3']);
    expect(await page.locator('.next-step').first().textContent()).toContain('二级/技师');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'worker-ladder');

    await page.getByRole('textbox', { name: '查看日期' }).fill('2014-01-01');
    await expect.poll(() => drawnSteps(page), PATIENT).toEqual(['level4']);
    expect(await page.locator('.next-step').first().textContent()).toContain('三级/高级工');

    const slider = page.getByRole('slider', { name: '查看日期' });
    await slider.focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => slider.getAttribute('aria-valuetext'), PATIENT).not.toBe('2014-01-01');
  });

  it('an out-of-order date range is named beside its field before anything is asked', async () => {
    const page = await browser.newPage();
    await signIn(page, 'hr');
    await page.goto('/talent-pool');
    await page.getByLabel('取证日期从').fill('2025-02-01');
    await page.getByLabel('取证日期到').fill('2025-01-01');
    await page.getByRole('button', { name: '查询' }).click();
    await expect
      .poll(() => page.locator('.field-error').first().textContent(), PATIENT)
      .toBe('开始日期不能晚于结束日期');
  });

  it('draws the ladder readably on a 375-px phone, without sideways scrolling', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'hr');
    await page.goto(`/workers/${worker.workerId}`);
    await expect.poll(() => drawnSteps(page), PATIENT).toEqual(['level4', 'level3']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'worker-ladder-phone');
  });

  it('shows a signed-in worker their own ladder from the navigation, and nobody else’s', async () => {
    const page = await browser.newPage();
    await signIn(page, 'worker', worker.workerId);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: '我的技能阶梯' }).click();
    await expect.poll(() => drawnSteps(page), PATIENT).toEqual(['level4', 'level3']);
    expect(await seriousViolations(page)).toEqual([]);
    const other = await page.request.get(`/api/career/v1/workers/${'0'.repeat(64)}/ladder`, {
      headers: { authorization: `Bearer ${await page.evaluate(() => sessionStorage.getItem('tianfu.token'))}` },
    });
    expect(other.status()).toBe(403);
  });
});
