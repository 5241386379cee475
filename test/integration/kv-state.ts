/**
 * Per-test state for worker tests: KV is shared by the tests of one file, and so is the isolate's
 * snapshot cache, so each test starts from nothing.
 */
import { forgetCachedIndex } from '../../src/store';
import type { HealthReport } from '../../src/jobs/health';
import { vi } from 'vitest';
import { fireCron, request, stubUpstream, testEnv } from './helpers';

/** Empties KV and the isolate's snapshot cache. */
export async function resetState(): Promise<void> {
  const { keys } = await testEnv.PAPERS.list();
  await Promise.all(keys.map((key) => testEnv.PAPERS.delete(key.name)));
  forgetCachedIndex(testEnv.PAPERS);
}

/** Starts from nothing, then runs one scrape of `page`. */
export async function seedWith(page: string): Promise<void> {
  await resetState();
  await scrapeOnce(page);
}

/** Runs one scheduled scrape of `page` (upstream stubbed only for that run). */
export async function scrapeOnce(page: string): Promise<void> {
  stubUpstream({ body: page });
  await fireCron();
  vi.restoreAllMocks();
}

/** Reads a feed as stored in KV right now (not what the isolate cached). */
export async function storedFeed(path = '/feeds/all.json?limit=200'): Promise<string> {
  forgetCachedIndex(testEnv.PAPERS);
  const response = await request(path);
  return response.text();
}

/** GET /health, parsed. */
export async function health(): Promise<{ code: number; body: HealthReport }> {
  const response = await request('/health');
  return { code: response.status, body: (await response.json()) as HealthReport };
}
