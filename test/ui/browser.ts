// Headless Chromium for the sidebar tests: opens HTML the add-on showed, with google.script.run bridged to the emulator.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { googleScriptClient, serveScriptRun } from '../../emulator/script-run';

/** Debian's chromium package (CI installs it when missing), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      'Chromium is missing: install it with `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.',
    );
  return found;
}

export function launchChromium(): Promise<Browser> {
  // Root (CI) cannot use Chromium's sandbox; the pages are the add-on's own HTML.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
}

/** The address the page is served at; nothing leaves the machine (every request is intercepted). */
const PAGE_URL = 'https://n-sidebar.script.googleusercontent.test/';

/**
 * One browser tab that shows the add-on's pages: `show(emu, html)` opens `html` as the sidebar's
 * iframe would, its google.script.run calling that emulator's bundle. The tab is reused from page
 * to page (a new document each time) so a test file pays for one browser and one tab.
 */
export interface SidebarTab {
  page: Page;
  show(emu: Emulator, html: string): Promise<Page>;
  /** Requests the current page tried to make beyond itself (all refused). */
  outside: string[];
  /** Uncaught errors in the current page's scripts. */
  errors: string[];
  close(): Promise<void>;
}

export async function openSidebarTab(): Promise<SidebarTab> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  let current: { emu: Emulator; html: string } | undefined;
  const tab: SidebarTab = {
    page,
    outside: [],
    errors: [],
    async show(emu, html) {
      current = { emu, html };
      tab.outside.length = 0;
      tab.errors.length = 0;
      await page.goto(PAGE_URL);
      return page;
    },
    close: () => browser.close(),
  };
  page.on('pageerror', (e) => tab.errors.push(e.message));
  await page.exposeFunction('__googleScriptRun', (name: string, argsJson: string) => {
    if (!current) throw new Error('no emulator behind this page');
    return serveScriptRun(current.emu, name, argsJson);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL && current) {
      const client = googleScriptClient(current.emu.scriptFunctions, '__googleScriptRun');
      // The page API goes in first, as Apps Script's own script is there before the page's.
      const body = current.html.replace(/<head>/i, `<head><script>${client}</script>`);
      return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
    }
    tab.outside.push(url);
    return route.abort();
  });
  return tab;
}

/** Waits until the page's pending google.script.run call has answered (the page is not busy). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction('document.body.getAttribute("aria-busy") !== "true"');
}
