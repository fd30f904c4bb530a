import { createClients, ok, type ResponseBody } from '@tianfu/api-client';
import { platformUrls } from '@tianfu/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { type ConsoleBrowser, consoleUrl, launchConsoleBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

type Indicators = ResponseBody<'career', '/v1/indicators', 'get'>;
const LIANGSHAN = '513400';

/** Clients of the running platform with a development token for the role, minted by the console. */
const clientsAs = async (role: string) => {
  const answer = await fetch(`${consoleUrl()}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  const { token } = (await answer.json()) as { token: string };
  return createClients({ baseUrls: platformUrls(), token: () => token });
};

const baseCount = (answer: Indicators) =>
  answer.byYearAndRegion.find((row) => row.year === '2024' && row.regionCode === LIANGSHAN)?.publicTrainingBases ?? 0;

/** The page's table of 市(州): code → the number shown. */
const regionTable = (page: Page) =>
  page.$$eval('.region-table tbody tr', (rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-region'), row.querySelector('td')?.textContent])),
  );

// The plan indicators page in a real Chromium: a public training base registered in 凉山州 in 2024
// shows in the table of 市(州) for 2024, every number as career answers it, charts and map drawn.
describe('the plan indicators page', () => {
  let browser: ConsoleBrowser;
  let answer: Indicators;
  beforeAll(async () => {
    browser = await launchConsoleBrowser();
    const [office, hr] = await Promise.all([clientsAs('talent-office'), clientsAs('hr')]);
    const indicators = () => ok(hr.career.GET('/v1/indicators', { params: { query: {} } }));
    const before = baseCount(await indicators());
    const baseId = `e2e-indicators-${Date.now()}`;
    await ok(
      office.talentRegistry.POST('/v1/bases', {
        body: {
          baseId,
          kind: 'public-training-base',
          name: `凉山州公共实训基地 ${baseId}`,
          level: 'provincial',
          regionCode: '513401',
          industry: '装备制造',
          establishedOn: '2024-05-20',
        },
      }),
    );
    await vi.waitFor(
      async () => {
        answer = await indicators();
        expect(baseCount(answer)).toBe(before + 1);
      },
      { timeout: 150_000, interval: 1_000 },
    );
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every measure against its target, year by year and on the map, with the numbers career answers', async () => {
    const page = await browser.newPage();
    await signIn(page, 'hr');
    await page.goto('/indicators');
    await expect.poll(() => page.locator('h1').textContent()).toBe('规划指标');
    await expect.poll(() => page.locator('.chart canvas').count(), { timeout: 20_000 }).toBe(3);
    for (const label of await page
      .locator('.chart')
      .evaluateAll((charts) => charts.map((c) => c.getAttribute('aria-label'))))
      expect(label).toBeTruthy();
    const targets = await page.$$eval('table tr[data-measure]', (rows) =>
      rows.map((row) => [row.getAttribute('data-measure'), row.querySelector('td')?.textContent]),
    );
    expect(targets).toEqual(answer.targets.map((t) => [t.measure, t.value.toLocaleString('zh-CN')]));

    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    await page.getByLabel('指标', { exact: true }).selectOption('publicTrainingBases');
    await expect.poll(() => page.locator('.region-table caption').textContent()).toContain('2024');
    const shown = await regionTable(page);
    expect(Object.keys(shown)).toHaveLength(
      21 + (answer.byYearAndRegion.some((r) => r.year === '2024' && r.regionCode === 'unknown') ? 1 : 0),
    );
    for (const [code, text] of Object.entries(shown)) {
      const row = answer.byYearAndRegion.find((r) => r.year === '2024' && r.regionCode === code);
      expect(text, code).toBe((row?.publicTrainingBases ?? 0).toLocaleString('zh-CN'));
    }
    expect(Number(shown[LIANGSHAN])).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('.chart canvas').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicators');
  });

  it('reads in English and fits a 375-px phone', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'admin');
    await page.goto('/indicators');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Plan indicators');
    await expect.poll(() => page.locator('.chart canvas').count(), { timeout: 20_000 }).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicators-phone');
  });

  it('tells someone not signed in as hr or admin that the page needs those roles', async () => {
    const page = await browser.newPage();
    await signIn(page, 'employer');
    await page.goto('/indicators');
    await expect.poll(() => page.locator('h1').textContent()).toContain('人力资源部门');
  });
});
