/**
 * Starts the real worker once for every browser test file: two scrapes, first the hostile page
 * (a paper whose title and abstract carry markup and script), then the full trending page, so
 * the snapshot holds both and the newest papers are the ordinary ones. Both runs also read the
 * daily list (`daily.html`).
 */
import type { TestProject } from 'vitest/node';
import { NO_CHROMIUM } from './chromium';
import { hostilePage, papersOf, readFixture } from './fixtures';
import { startWorker } from './worker-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the worker, scrapes both pages, shares the base URL; the returned function stops it all. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // No browser to drive: the tests skip, so the worker is not worth starting.
  if (NO_CHROMIUM) {
    project.provide('baseUrl', '');
    return async () => {};
  }
  const worker = await startWorker(readFixture('daily.html'));
  try {
    const pages = [hostilePage(), readFixture('trending.html')];
    for (const page of pages) await worker.scrape(page);
    const expected = new Set(pages.flatMap((page) => papersOf(page).map((p) => p.id))).size;
    await waitForPapers(worker.baseUrl, expected);
  } catch (error) {
    await worker.stop();
    throw error;
  }
  project.provide('baseUrl', worker.baseUrl);
  return () => worker.stop();
}

// The scheduled endpoint answers once the run is over; this only guards against the worker's
// per-isolate snapshot cache, which no request has filled yet.
async function waitForPapers(baseUrl: string, count: number): Promise<void> {
  const response = await fetch(`${baseUrl}/feeds/all.json?limit=200`);
  const body = (await response.json()) as { items?: unknown[] };
  if (body.items?.length !== count) {
    throw new Error(`expected ${count} papers after the scrapes, the feed has ${body.items?.length ?? 'none'} (status ${response.status})`);
  }
}
