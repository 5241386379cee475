/**
 * The worker as the benchmark runs it (under Miniflare and `wrangler dev`): paperfeed itself, with
 * its KV binding wrapped to count operations, plus a few `/__bench/*` routes to drive it — run a
 * scrape now, read and reset the counts, and a baseline that returns stored bytes from memory.
 * Nothing here is deployed; `src/index.ts` stays the worker's only entry point.
 */
import type { Env } from '../../src/env';
import worker from '../../src/index';

/** KV operations the worker made since the last reset. */
interface Counts {
  reads: number;
  writes: number;
}

const counts: Counts = { reads: 0, writes: 0 };
const READS = new Set<PropertyKey>(['get', 'getWithMetadata', 'list']);
const WRITES = new Set<PropertyKey>(['put', 'delete']);

// One wrapper per binding for the isolate's life: the snapshot cache is keyed by the binding, so a
// new wrapper per request would make every request look like a cold isolate.
const wrapped = new WeakMap<KVNamespace, KVNamespace>();

function countingEnv(env: Env): Env {
  let kv = wrapped.get(env.PAPERS);
  if (!kv) {
    kv = new Proxy(env.PAPERS, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (READS.has(property)) counts.reads++;
          if (WRITES.has(property)) counts.writes++;
          return Reflect.apply(value, target, args);
        };
      },
    });
    wrapped.set(env.PAPERS, kv);
  }
  return { ...env, PAPERS: kv };
}

// The baseline: the same bytes as a feed, from memory, through the same server.
let baseline: { body: ArrayBuffer; contentType: string } | null = null;

async function benchRoute(request: Request, env: Env): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  if (pathname === '/__bench/cron') {
    const pending: Promise<unknown>[] = [];
    const ctx = { waitUntil: (p: Promise<unknown>) => void pending.push(p), passThroughOnException: () => {}, props: {} };
    const controller = { scheduledTime: Date.now(), cron: '*/30 * * * *', noRetry: () => {} };
    worker.scheduled(controller, countingEnv(env), ctx as unknown as ExecutionContext);
    await Promise.all(pending);
    return Response.json(counts);
  }
  if (pathname === '/__bench/counts') {
    const body = Response.json(counts);
    if (request.method === 'DELETE') Object.assign(counts, { reads: 0, writes: 0 });
    return body;
  }
  if (pathname === '/__bench/baseline') {
    if (request.method === 'PUT') {
      baseline = { body: await request.arrayBuffer(), contentType: request.headers.get('content-type') ?? 'text/plain' };
      return new Response(null, { status: 204 });
    }
    if (!baseline) return new Response('no baseline stored', { status: 404 });
    return new Response(baseline.body, { headers: { 'content-type': baseline.contentType } });
  }
  return null;
}

export default {
  async fetch(request, env, ctx) {
    return (await benchRoute(request, env)) ?? worker.fetch(request, countingEnv(env), ctx);
  },
  scheduled(controller, env, ctx) {
    worker.scheduled(controller, countingEnv(env), ctx);
  },
} satisfies ExportedHandler<Env>;
