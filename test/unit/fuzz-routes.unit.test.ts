/**
 * Fuzzing through the HTTP routes: snapshots scraped from hostile pages are stored in a KV and
 * every public page (index, feeds, OPML, health) is requested from the app. Nothing may answer
 * 500, feeds must pass the output checks, and no HTML or XML page may carry a script or a
 * `javascript:` link from upstream.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { storeSnapshot } from '../support/stored-snapshot';
import { memoryKv } from '../support/memory-kv';
import { hostileCardPage, hostileJsonPage } from '../support/fuzz-arbitraries';
import { checkOutputs, snapshotOf } from '../support/fuzz-pipeline';
import { wellFormednessError } from '../support/xml-wellformed';

const RUNS = 80;
const SCRIPT_FROM_UPSTREAM = /<script[^>]*>[^<]*pwn|<(?:img|svg)[^>]*\son\w+\s*=/i;
// The pages' own favicon is an inline SVG image (`data:image/svg+xml,…`); no upstream URL may be.
const SCRIPT_URL = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript:|vbscript:|data:(?!image\/svg\+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2032%2032%22%3E))/i;

async function get(env: Env, path: string): Promise<Response> {
  return app.request(`https://paperfeed.test${path}`, {}, env);
}

describe('fuzzed snapshots through every route', () => {
  it('never answer 500, never leak script', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJsonPage, hostileCardPage), async (page) => {
        const snapshot = snapshotOf(page);
        const env = { PAPERS: memoryKv().kv } as Env;
        if (snapshot) await storeSnapshot(env.PAPERS, snapshot);
        const bodies: Record<string, string> = {};
        for (const path of ['/', '/feeds/all.rss', '/feeds/all.atom', '/feeds/all.json', '/topics.opml', '/health']) {
          const response = await get(env, `${path}${path.startsWith('/feeds/') ? '?limit=200' : ''}`);
          // 503 is an honest answer (no snapshot yet, or a stale one for /health); 500 never is.
          if (response.status >= 500) expect(response.status, path).toBe(503);
          if (snapshot && path.startsWith('/feeds/')) expect(response.status, path).toBe(200);
          const body = await response.text();
          bodies[path] = body;
          // JSON text fields are plain text by spec; checkOutputs looks inside the JSON instead.
          if (!path.endsWith('.json')) {
            // Markup inside a quoted attribute value is text (escaped, so it cannot end the value).
            expect(body.replace(/="[^"]*"|='[^']*'/g, '=""'), path).not.toMatch(SCRIPT_FROM_UPSTREAM);
            expect(body, path).not.toMatch(SCRIPT_URL);
          }
          if (path === '/topics.opml' && response.status === 200) expect(wellFormednessError(body)).toBeNull();
        }
        if (snapshot) checkOutputs({ rss: bodies['/feeds/all.rss'] ?? '', atom: bodies['/feeds/all.atom'] ?? '', json: bodies['/feeds/all.json'] ?? '' });
      }),
      { numRuns: RUNS },
    );
  });
});
