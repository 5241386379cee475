/**
 * Headless Chromium for the browser tests: CHROMIUM_PATH, else `chromium` on PATH or Debian's,
 * driven by playwright-core. Each launch gets a fresh temporary profile from Playwright, and
 * nothing in the browser talks to anything but the loopback worker. Without Chromium the tests
 * skip, except under CI (see scripts/test-deps.mjs).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findDep, skipWithout } from '../../scripts/test-deps.mjs';

const EXECUTABLE = findDep('chromium');

/** True where the browser tests skip: no Chromium here, and not under CI. */
export const NO_CHROMIUM = skipWithout('chromium');

/** Where screenshots go; gitignored. */
export const OUTPUT_DIR = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** Launches headless Chromium, failing with a clear message when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (EXECUTABLE === null || !existsSync(EXECUTABLE)) {
    throw new Error(`Chromium not found${process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : ''}: install Debian's "chromium" or set CHROMIUM_PATH`);
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** What went wrong on a page: console errors, uncaught exceptions and CSP violations. */
export interface PageProblems {
  errors: string[];
}

/** Starts recording `page`'s problems; call before navigating. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`page error: ${error.message}`));
  // Violations are also reported as console errors; the event catches ones that are not.
  await page.exposeFunction('__reportViolation', (text: string) => problems.errors.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return problems;
}

/** Parses an XML document in the browser; returns its root element name, item count and any parse error. */
export async function parseXmlInBrowser(page: Page, xml: string): Promise<{ root: string; items: number; error: string | null }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      root: doc.documentElement.localName,
      items: doc.querySelectorAll('item, entry').length,
      error: error ? error.textContent : null,
    };
  }, xml);
}
