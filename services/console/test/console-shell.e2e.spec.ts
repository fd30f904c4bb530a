import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility.ts';
import { consoleBrowserPerSuite, consoleUrl } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';

// The console's shell in a real Chromium against the running platform: one origin, strict CSP,
// Chinese first with English, keyboard and phone, development sign-in, the API forwarded.
describe('the console shell', () => {
  const browser = consoleBrowserPerSuite();

  it('serves the start page in Chinese under a strict CSP, accessible, and switches to English', async () => {
    const page = await browser.newPage();
    const answer = await page.goto('/');
    expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect.poll(() => page.locator('h1').textContent()).toBe('天府技能');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-home');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tianfu Skills');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
  });

  it('loads the public verify page with under 100 KB of JavaScript (gzip)', async () => {
    const page = await browser.newPage();
    // Each script's body is read once the page has drawn its form, since a body can arrive after the load event.
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    await page.goto('/verify', { waitUntil: 'networkidle' });
    await page.getByLabel('证书编号').waitFor();
    const scripts = await Promise.all(bodies);
    const gzipBytes = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThan(100 * 1024);
  });

  it('is usable by keyboard: the first Tab reaches the skip link, which moves to the content', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('fits a 375-px phone without sideways scrolling', async () => {
    const page = await browser.newPage({ phone: true });
    await page.goto('/sign-in');
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'console-sign-in-phone');
  });

  it('forwards /api/<service>/v1/… and nothing else of a service', async () => {
    const page = await browser.newPage();
    const occupations = await page.request.get(`${consoleUrl()}/api/catalogue/v1/occupations?limit=1`);
    expect(occupations.status()).toBe(200);
    const metrics = await page.request.get(`${consoleUrl()}/api/career/metrics`);
    expect(metrics.status()).toBe(404);
    expect(metrics.headers()['content-type']).toContain('application/problem+json');
    const unknown = await page.request.get(`${consoleUrl()}/api/nowhere/v1/x`, {
      headers: { accept: 'application/json' },
    });
    expect(unknown.status()).toBe(404);
  });

  it('answers an unknown page with a page that says so', async () => {
    const page = await browser.newPage();
    await page.goto('/no-such-page');
    await expect.poll(() => page.locator('h1').textContent()).toBe('页面不存在');
  });
});
