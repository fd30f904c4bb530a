import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { apprenticeWithRecord } from './support/apprentice-fixtures.ts';
import { type ConsoleBrowser, launchConsoleBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/sign-in.ts';

/** A page reads the ladder and the record from career before it draws: on a busy machine that takes seconds. */
const PATIENT = { timeout: 20_000, interval: 250 };

describe('the training record beside a worker’s ladder (docs/domain.md §7.7)', () => {
  let browser: ConsoleBrowser;
  let worker: Awaited<ReturnType<typeof apprenticeWithRecord>>;
  beforeAll(async () => {
    [browser, worker] = await Promise.all([launchConsoleBrowser(), apprenticeWithRecord()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('hr sees the 学徒工 step on the ladder and, beside it, the apprenticeship completed and the class enrolled in', async () => {
    const page = await browser.newPage();
    await signIn(page, 'hr');
    await page.goto(`/workers/${worker.workerId}`);
    const record = page.locator('section.training-record');
    const apprenticeships = record.getByRole('region', { name: '企业新型学徒制' });
    await expect.poll(() => apprenticeships.locator('tbody tr').count(), PATIENT).toBe(1);
    const row = await apprenticeships.locator('tbody tr').first().textContent();
    expect(row).toContain('四川某电力工程有限公司');
    expect(row).toContain('四川省电力技师学院');
    expect(row).toContain('完成');
    expect(row).toContain('600');
    const classes = record.getByRole('region', { name: '培训班' });
    const classRow = await classes.locator('tbody tr').first().textContent();
    expect(classRow).toContain('电工（四级）岗位技能提升培训班');
    expect(classRow).toContain('培训中');
    expect(await page.locator('svg.ladder-picture g.step').first().getAttribute('data-level')).toBe('apprentice');
    // With no certificate, no route to 五级 can be dated: the page says why in its own language.
    const next = await page.locator('.next-step').first().textContent();
    expect(next).toContain('各途径都需要证书以外的材料');
    expect(next).not.toContain('certificates alone');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'worker-record');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => record.locator('h2').first().textContent(), PATIENT).toBe('Lifelong training record');
    expect(await record.getByRole('region', { name: 'Apprenticeships (企业新型学徒制)' }).textContent()).toContain(
      'completed on',
    );
  });

  it('shows the worker their own record at a 375-px phone width, without sideways scrolling', async () => {
    const page = await browser.newPage({ phone: true });
    await signIn(page, 'worker', worker.workerId);
    await page.goto(`/workers/${worker.workerId}`);
    const rows = page.locator('section.training-record tbody tr');
    await expect.poll(() => rows.count(), PATIENT).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'worker-record-phone');
  });
});
