import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium, which `npm test` installs: this network cannot download browser builds. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright gives each launch a fresh profile. Without the background-networking flags Chromium
// keeps opening connections this closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const consoleUrl = (): string => {
  const url = process.env.TIANFU_CONSOLE_URL;
  if (!url) throw new Error('TIANFU_CONSOLE_URL is not set: the browser tests run against the running platform');
  return url.replace(/\/$/, '');
};

/** A 375 × 812 phone, as a certificate's QR code is opened. */
export const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export interface ConsoleBrowser {
  readonly browser: Browser;
  /** A page in a fresh context (no session, no storage), at a desktop or a phone viewport. */
  readonly newPage: (options?: { phone?: boolean }) => Promise<Page>;
  readonly close: () => Promise<void>;
}

export async function launchConsoleBrowser(): Promise<ConsoleBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    newPage: async ({ phone = false } = {}) => {
      const context = await browser.newContext({
        baseURL: consoleUrl(),
        locale: 'zh-CN',
        acceptDownloads: true,
        ...(phone ? PHONE : {}),
      });
      return context.newPage();
    },
    close: () => browser.close(),
  };
}

/** One browser for a test file: launched before its tests, closed after them. */
export function consoleBrowserPerSuite(): Pick<ConsoleBrowser, 'newPage'> {
  let launched: ConsoleBrowser | undefined;
  beforeAll(async () => {
    launched = await launchConsoleBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    newPage: (options) => {
      if (launched === undefined) throw new Error('the browser is launched before the tests run');
      return launched.newPage(options);
    },
  };
}
