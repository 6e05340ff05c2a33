/** The app in one Chromium page on a fresh browser-mode server, for a describe block; closed and removed afterwards. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchConsole, type BrowserOptions, type RunningServer } from './app';
import { useServer } from './server-fixture';

export interface AppFixture {
  server: () => RunningServer;
  /** The page, opened on the app's start URL. */
  page: () => Page;
  /** The page's console errors and warnings and its uncaught errors so far. */
  consoleLines: () => string[];
  /** The page's uncaught errors so far (none is the only right answer at a test's end). */
  pageErrors: () => string[];
  /** What the server and the page said, to append to a failure's message. */
  context: () => string;
}

export function useApp(options: BrowserOptions = {}): AppFixture {
  const server = useServer();
  let browser: Browser | undefined;
  let page: Page | undefined;
  let lines: string[] = [];
  beforeAll(async () => {
    ({ browser, page } = await launchBrowser(options));
    lines = watchConsole(page);
    await page.goto(server().url);
  });
  // after hooks run in reverse: the browser closes before the server stops
  afterAll(async () => {
    await browser?.close();
  });
  return {
    server,
    page: () => {
      if (!page) throw new Error('the browser did not start');
      return page;
    },
    consoleLines: () => lines,
    pageErrors: () => lines.filter((l) => l.includes('pageerror')),
    context: () => `\nserver:\n${server().output()}\npage:\n${lines.join('\n')}`,
  };
}
