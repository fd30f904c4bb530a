import type { Page } from 'playwright-core';

/**
 * Signs the page's tab in with a development token for the role and scope, minted by the console's
 * development sign-in route, as its sign-in page does.
 */
export async function signIn(page: Page, role: string, scope?: string): Promise<string> {
  const answer = await page.request.post('/auth/dev-token', { data: scope === undefined ? { role } : { role, scope } });
  if (!answer.ok())
    throw new Error(`development sign-in as ${role} answered ${answer.status()}: ${await answer.text()}`);
  const { token } = (await answer.json()) as { token: string };
  await page.goto('/');
  await page.evaluate((value) => sessionStorage.setItem('tianfu.token', value), token);
  return token;
}
