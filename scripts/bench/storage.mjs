/**
 * The costs that grow with the papers kept (issue "a year of history"): on synthetic histories of
 * N papers built from the fixture papers, in Node, with an in-memory KV that stores bytes (so a
 * read pays the UTF-8 decode a real one does) and counts every key read or written.
 *
 * - `new_snapshot_*_N`: a warm isolate (it served the route before) after another isolate stored
 *   a new version: its first request once its index cache expired. One new version per sample,
 *   made by a run that adds one paper.
 * - `cron_run_N`: a whole run (scrape of a real-size page, merge, store) that adds 10 papers, in
 *   CPU time of the process.
 * - `cold_*`: the first request of a fresh module instance, in a process of its own (module
 *   evaluation and priming not timed; see fresh-isolate.mjs).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { collectGarbage, summarize } from './measure.mjs';
import { memoryKv } from './memory-kv.mjs';

const SAMPLES = 21;
const FRESH_ISOLATE = fileURLToPath(new URL('./fresh-isolate.mjs', import.meta.url));
const run = promisify(execFile);
// Runs after a full collection before a warm run is timed (see `cron_run_N`).
const WARM_AFTER_COLLECTION = 3;

/** Runs every storage scenario; returns `{ results, extras }`. */
export async function measureStorage({ s, bundle, pages, progress, sizes = [1_000, 10_000] }) {
  // Runs log a line each; the benchmark prints only its own output.
  const log = console.log;
  console.log = () => {};
  try {
    return await scenarios({ s, bundle, pages, progress, sizes });
  } finally {
    console.log = log;
  }
}

async function scenarios({ s, bundle, pages, progress, sizes }) {
  const results = {};
  const extras = {};
  const pool = pages.flatMap((html) => s.scrapePage(html).papers);
  const template = pages[0];
  const entries = s.parsePage(template).entries;
  let instance = 0;
  // A fresh module instance, started as Workers start an isolate: the module evaluated and its
  // priming (src/http/prime.ts) finished, neither of them part of any request.
  const fresh = async () => {
    const module = await import(`${pathToFileURL(bundle).href}?instance=${++instance}`);
    if (!(await module.primeOnce(module.app))) throw new Error('priming failed');
    return module;
  };

  for (const n of sizes) {
    progress(`storage: ${n} papers`);
    const clock = installClock();
    const kv = memoryKv();
    const writer = await fresh();
    const reader = await fresh();
    await writer.storeSnapshot(kv.binding, s.syntheticSnapshot(pool, n, clock.now()));
    let round = 0;
    const config = { sourceUrl: 'https://huggingface.co/papers/trending', retentionDays: 400, staleAfterMinutes: 90 };
    // Each run: the page's first `fresh` papers are new (10, as the target says), the others the
    // previous run's. The new papers are copies of the page's papers taken in turn, so that the
    // newest rows mix every topic as the synthetic history does (the same ten papers every run
    // would fill the head with their topics alone).
    // Bytes, as the network delivers them: encoding the page is no part of a run.
    const pageOf = (run, fresh) =>
      utf8.encode(s.withEntries(template, entries.map((entry, i) => (i < fresh ? renamed(entries[(run * 10 + i) % entries.length], `2612.${String(run * 10 + i).padStart(5, '0')}`) : entry))));
    // Pages for the sampled runs are made before the samples: templating a 1.4 MB page leaves
    // megabytes of strings a real isolate never holds (its page arrives as bytes outside the
    // heap), and they would set off the young generation's collections inside the runs.
    let upcoming = [];
    const prepare = (count, fresh) => {
      upcoming = Array.from({ length: count }, (_, i) => pageOf(round + 1 + i, fresh));
    };
    const cron = async (fresh = 10, target = { writer, binding: kv.binding }, minutes = 31) => {
      round++;
      clock.advance(minutes * 60_000);
      const page = upcoming.shift() ?? pageOf(round, fresh);
      // The response as the runtime hands it over (building it is the runtime's work, not the run's).
      const respond = () => new Response(page, { headers: { 'content-type': 'text/html' } });
      let arrived = respond();
      const fetcher = async () => {
        const response = arrived ?? respond();
        arrived = null;
        return response;
      };
      // The main thread's time: Workers bill the CPU time of the isolate's thread. Every KV
      // operation and the response are in memory and the machine's other core takes V8's helper
      // threads (concurrent GC marking, background compilation), so the wall time of the run is
      // that thread's CPU time (plus any preemption: an upper bound). The process's CPU time,
      // which counts the helper threads too, is reported beside it.
      const t0 = performance.now();
      const p0 = process.cpuUsage();
      const report = await target.writer.refresh({ store: target.writer.kvStore(target.binding), config, topics: target.writer.BUILTIN_TOPICS, fetcher, sleep: async () => {} });
      const ms = performance.now() - t0;
      const used = process.cpuUsage(p0);
      processTimes.push((used.user + used.system) / 1000);
      if (report.outcome !== 'changed') throw new Error(`bench run ${round}: ${report.outcome} ${report.error ?? ''}`);
      return ms;
    };
    let processTimes = [];
    await settle(cron);
    prepare(SAMPLES + WARM_AFTER_COLLECTION, 10);
    // Building the synthetic history left megabytes of garbage a real cron isolate never has:
    // collected now, so samples pay for the garbage runs make, not for the setup's. A full
    // collection also deoptimises code that held objects it freed and empties the young
    // generation: the first runs after it cost up to several times a warm one while V8 compiles
    // again. So a few runs follow it untimed, as every other measure here has a warm-up.
    collectGarbage();
    for (let i = 0; i < WARM_AFTER_COLLECTION; i++) await cron();
    processTimes = [];
    const cronTimes = [];
    for (let i = 0; i < SAMPLES; i++) cronTimes.push(await cron());
    results[`cron_run_${n}`] = summarize(cronTimes);
    extras[`cron_run_process_cpu_${n}`] = summarize(processTimes);
    // What a real run costs: trending adds 10–30 papers a day, a paper or two per run. On a copy
    // of the history, in an isolate of its own, with the clock put back: the scenarios below
    // read the same state as without it.
    {
      const single = { writer: await fresh(), binding: memoryKv().binding };
      const start = clock.now();
      await single.writer.storeSnapshot(single.binding, s.syntheticSnapshot(pool, n, start));
      await settle((fresh, _target, minutes) => cron(fresh, single, minutes));
      prepare(SAMPLES + WARM_AFTER_COLLECTION, 1);
      collectGarbage();
      for (let i = 0; i < WARM_AFTER_COLLECTION; i++) await cron(1, single);
      const oneNew = [];
      for (let i = 0; i < SAMPLES; i++) oneNew.push(await cron(1, single));
      extras[`cron_run_one_new_${n}`] = summarize(oneNew);
      clock.advance(start - clock.now());
    }

    const request = async (app, path, accept) => {
      const response = await app.request(`https://paperfeed.example${path}`, accept ? { headers: { accept } } : {}, { PAPERS: kv.binding });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    };
    // The runs that make the new versions below add one paper each, as real runs do (trending adds
    // 10–30 a day, a paper or two per run; the synthetic history has 27 a day). Ten per run, as
    // `cron_run_N` measures, would pile up ~1,000 papers in two days and hold them in the hot rows
    // (rows seen on a list in the last two days), ten times what production holds, which every
    // request parses.
    const newVersion = () => cron(1);
    // The first request of `path` after each new version, in an isolate that served it before.
    const afterNewVersion = async (path) => {
      await request(reader.app, path);
      const times = [];
      for (let i = 0; i < SAMPLES; i++) {
        await newVersion();
        clock.advance(61_000); // past the reader's index cache
        const t0 = performance.now();
        await request(reader.app, path);
        times.push(performance.now() - t0);
      }
      return summarize(times);
    };
    results[`new_snapshot_index_${n}`] = await afterNewVersion('/');
    results[`new_snapshot_topics_${n}`] = await afterNewVersion('/api/topics');
    results[`new_snapshot_feed_all_${n}`] = await afterNewVersion('/feeds/all.rss');
    results[`new_snapshot_feed_query_${n}`] = await afterNewVersion('/feeds/all.rss?q=%22state%20space%22%20OR%20hypernetwork');
    // The slowest topic: each topic's first request after a new version, once, then that one in full.
    let slowest = { slug: '', ms: -1 };
    for (const topic of writer.BUILTIN_TOPICS) {
      const { median_ms } = await afterNewVersionOnce(topic.slug);
      if (median_ms > slowest.ms) slowest = { slug: topic.slug, ms: median_ms };
    }
    async function afterNewVersionOnce(slug) {
      await request(reader.app, `/feeds/${slug}.rss`);
      await newVersion();
      clock.advance(61_000);
      const t0 = performance.now();
      await request(reader.app, `/feeds/${slug}.rss`);
      return { median_ms: performance.now() - t0 };
    }
    results[`new_snapshot_feed_topic_${n}`] = await afterNewVersion(`/feeds/${slowest.slug}.rss`);
    extras[`slowest_topic_${n}`] = slowest.slug;

    if (n === 10_000) {
      results.kv_largest_value_bytes_10000 = kv.largest();
      // Fresh isolates: a process per sample, with a heap of its own, as Workers give an isolate
      // (see fresh-isolate.mjs), reading the KV as it is now.
      const dumped = join(mkdtempSync(join(tmpdir(), 'paperfeed-kv-')), 'kv.bin');
      kv.dump(dumped);
      const startTimes = [];
      const cold = async (path, samples = SAMPLES) => {
        const times = [];
        let reads = 0;
        for (let i = 0; i < samples; i++) {
          const job = JSON.stringify({ bundle, kv: dumped, now: clock.now(), path });
          const { stdout } = await run(process.execPath, [FRESH_ISOLATE, job], { maxBuffer: 1 << 20 });
          const sample = JSON.parse(stdout);
          times.push(sample.ms);
          startTimes.push(sample.startMs);
          reads = Math.max(reads, sample.reads);
        }
        return { timing: summarize(times), reads, fastest: Math.min(...times) };
      };
      const floor = await cold('/health');
      const index = await cold('/');
      // The slowest topic in a fresh isolate, which need not be the slowest in a warm one: each
      // topic's first request in three fresh isolates, then the slowest in full. Ranked by the
      // fastest of the three: a collection in one sample (see docs/performance.md) would otherwise
      // rank a quick topic first.
      let slowestCold = { slug: '', ms: -1 };
      for (const { slug } of writer.BUILTIN_TOPICS) {
        const { fastest } = await cold(`/feeds/${slug}.rss`, 3);
        if (fastest > slowestCold.ms) slowestCold = { slug, ms: fastest };
      }
      const topic = await cold(`/feeds/${slowestCold.slug}.rss`);
      extras.slowest_cold_topic_10000 = slowestCold.slug;
      const all = await cold('/feeds/all.rss');
      // A `q` that few papers match reads and tests every paper kept (five samples: each is long).
      const rare = await cold(`/feeds/all.rss?q=${encodeURIComponent(RARE_QUERY)}`, 5);
      extras.cold_start = summarize(startTimes);
      rmSync(dirname(dumped), { recursive: true, force: true });
      // A run in a fresh isolate (a cron that finds no warm one): it reads and decodes the index
      // a warm writer keeps from its last run, and runs code its priming did not make hot.
      const coldRuns = [];
      for (let i = 0; i < 7; i++) coldRuns.push(await cron(10, { writer: await fresh(), binding: kv.binding }));
      extras.cold_cron_run_10000 = summarize(coldRuns);
      results.cold_floor = floor.timing;
      results.cold_index_10000 = index.timing;
      results.cold_feed_topic_10000 = topic.timing;
      extras.cold_feed_all_10000 = all.timing;
      extras.cold_feed_rare_query_10000 = rare.timing;
      // KV bills a bulk read per key: counted per key.
      results.kv_reads_per_cold_request = Math.max(index.reads, all.reads);
      extras.kv_reads_cold = { health: floor.reads, index: index.reads, feed_all: all.reads, [`feed_${slowestCold.slug}`]: topic.reads, feed_rare_query: rare.reads };
    }
    clock.restore();
  }
  return { results, extras };
}

const utf8 = new TextEncoder();

/**
 * Runs that bring a store just built from a synthetic history to the state of a store that has
 * been running for a while: six days of runs, six hours apart, so that rows cool and each group of
 * thin feeds gets the copies of its bodies that runs keep (src/store/feed-bodies.ts builds one
 * group a run, from at most four body values: every group's copies are complete after about 20).
 * Without them a thin feed's first page would be read from the body values its papers were first
 * written to, as in no store past its first days.
 */
async function settle(cron) {
  for (let run = 0; run < SETTLING_RUNS; run++) await cron(10, undefined, 6 * 60);
}
const SETTLING_RUNS = 24;
// In no paper of the synthetic history: the feed stays empty, so every paper is tested.
const RARE_QUERY = '"zebra finch" OR abalone';

function renamed(entry, id) {
  const paper = { ...entry.paper, id, title: `${entry.paper.title} ${id}` };
  return { ...entry, paper, title: paper.title };
}

// The app reads `Date.now()`: runs and index cache expiry need time to pass, without waiting.
function installClock() {
  const real = Date.now;
  let offset = 0;
  Date.now = () => real() + offset;
  return { now: () => Date.now(), advance: (ms) => (offset += ms), restore: () => (Date.now = real) };
}


