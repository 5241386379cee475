/**
 * Shared plumbing for tests that run the whole worker inside workerd: fire the cron against a
 * page served by a stubbed upstream, and fetch routes through the worker's own `fetch`.
 */
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { vi } from 'vitest';
import worker from '../../src/index';
import type { Env } from '../../src/env';

export const testEnv = env as unknown as Env;

/** What the stubbed upstream answers to the next scrape(s). */
export type UpstreamAnswer = { body: string; status?: number; headers?: Record<string, string> } | Error;

/** Serves `answer` for every fetch of the source URL; returns the spy to inspect calls. */
export function stubUpstream(answer: UpstreamAnswer | (() => UpstreamAnswer)) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async () => respond(typeof answer === 'function' ? answer() : answer));
}

function respond(answer: UpstreamAnswer): Response {
  if (answer instanceof Error) throw answer;
  return new Response(answer.body, { status: answer.status ?? 200, headers: { 'content-type': 'text/html; charset=utf-8', ...answer.headers } });
}

/** Where the daily list lives in worker tests that turn it on (the test config turns it off). */
export const DAILY_TEST_URL = 'https://upstream.test/papers';

/** Serves each list its own answer: the trending page at `SOURCE_URL`, the daily list at `DAILY_TEST_URL`. */
export function stubLists(answers: { trending: UpstreamAnswer; daily: UpstreamAnswer }) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    return respond(url === DAILY_TEST_URL ? answers.daily : answers.trending);
  });
}

/** Fires the scheduled handler once and waits for the run to finish. */
export async function fireCron(envOverride: Partial<Env> = {}): Promise<void> {
  const controller = createScheduledController({ scheduledTime: Date.now(), cron: '*/30 * * * *' });
  const ctx = createExecutionContext();
  worker.scheduled(controller, { ...testEnv, ...envOverride }, ctx);
  await waitOnExecutionContext(ctx);
}

/** Sends a request through the worker's fetch handler. */
export async function request(path: string, init: RequestInit = {}, envOverride: Partial<Env> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`https://paperfeed.test${path}`, init), { ...testEnv, ...envOverride }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}
