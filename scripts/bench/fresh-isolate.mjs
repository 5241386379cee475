/**
 * One fresh isolate's first request, in a process of its own: `node fresh-isolate.mjs '<job>'`,
 * where the job (JSON) names the worker's Node bundle, a KV dumped by memory-kv.mjs, the clock's
 * `now` and the request `path`. Prints `{ ms, reads, startMs }` (JSON) on stdout.
 *
 * Workers give each isolate a heap of its own, a few megabytes at first. A module instance made
 * in the benchmark's own process shares a heap that by then holds every instance made before it
 * (Node never drops an imported module), up to a gigabyte, and a first request that meets a
 * collection of it took 10–26 ms instead of 5–6. Here the heap holds two instances: one that has
 * served the same request three times, so that Node's own request, response and stream classes
 * are compiled and warm (workerd's are native code), and the fresh one, started as Workers start
 * an isolate (the module evaluated, then primed: src/http/prime.ts), whose first request is timed.
 */
import { pathToFileURL } from 'node:url';
import { memoryKv } from './memory-kv.mjs';

const job = JSON.parse(process.argv[2] ?? '{}');
const offset = job.now - Date.now();
const realNow = Date.now;
Date.now = () => realNow() + offset;
// Runs log a line each; only the result goes to stdout.
console.log = () => {};

const kv = memoryKv(job.kv);
const bundle = pathToFileURL(job.bundle).href;

const request = async (app, path) => {
  const response = await app.request(`https://paperfeed.example${path}`, {}, { PAPERS: kv.binding });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  await response.arrayBuffer();
};

const start = async (name) => {
  const module = await import(`${bundle}?instance=${name}`);
  if (!(await module.primeOnce(module.app))) throw new Error('priming failed');
  return module;
};

const warm = await start('warm');
for (let i = 0; i < 3; i++) await request(warm.app, job.path);

const t0 = performance.now();
const fresh = await start('fresh');
const startMs = performance.now() - t0;
const reads = kv.counts.reads;
const t1 = performance.now();
await request(fresh.app, job.path);
const ms = performance.now() - t1;
process.stdout.write(`${JSON.stringify({ ms, reads: kv.counts.reads - reads, startMs })}\n`);
