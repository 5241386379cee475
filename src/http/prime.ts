/**
 * Priming: a fresh isolate's first request pays for compiling and warming every function it runs,
 * about half of a year-of-history request's budget (docs/performance.md, "The round before: priming"). Workers
 * run a module's global scope when the isolate starts, under a limit of its own (1 s), not within
 * a request's CPU time. So while the module loads, the read routes answer a few requests from a
 * small history made up here and held in memory; the real first request then runs code that is
 * already compiled. Storing that history compiles the topics and the store's write path too.
 *
 * Nothing of it can reach a response: the history lives in its own in-memory namespace, which
 * every per-isolate cache keys by namespace or by content version; the body values read, kept by
 * name, are forgotten afterwards; and the edge cache is never asked (`isPrimingEnv`).
 * Priming that fails costs nothing but its own time: it is logged once and the worker serves as
 * it would have without it.
 */
import type { Hono } from 'hono';
import type { Paper, Snapshot } from '../domain/types';
import type { Env } from '../env';
import { indexFromSnapshot } from '../snapshot/migrate';
import { forgetCachedIndex, kvStore } from '../store';
import { ALL_TOPIC, BUILTIN_TOPICS } from '../topics';
import { matchTopics, topicQueries } from '../topics/membership';
import { memoryNamespace } from './memory-namespace';

// The read routes a cold isolate is asked for most: the index page, feeds in every format, and a
// topic's. The index page renders its own markup (cards, topics, the filter form), which the feeds
// do not compile: primed, its first request in a fresh isolate fell from ~4.5 to ~3.5 ms.
const PRIMED_PATHS = ['/', '/feeds/all.rss', '/feeds/all.atom', '/feeds/all.json', '/feeds/llm.rss'];

const primingEnvs = new WeakSet<object>();

/**
 * How a primed route ends: a read route throws this instead of building its response (Workers
 * allow no Response object while an isolate starts), everything before it done.
 */
export class PrimedAnswer extends Error {
  constructor(readonly status: number) {
    super(`primed (${status})`);
    this.name = 'PrimedAnswer';
  }
}

/** Whether `env` is the one priming serves from (no edge cache, no response: `PrimedAnswer`). */
export function isPrimingEnv(env: object | undefined): boolean {
  return env !== undefined && primingEnvs.has(env);
}

let started: Promise<boolean> | undefined;

/**
 * Primes this isolate once (later calls return the first call's promise): resolves to whether
 * every primed route answered 200. Never rejects; a failure is logged (`prime_failed`).
 */
export function primeOnce(app: Hono<{ Bindings: Env }>): Promise<boolean> {
  started ??= primeIsolate(app).then(
    (failed) => {
      if (failed.length > 0) console.warn(JSON.stringify({ event: 'prime_failed', error: failed.join('; ') }));
      return failed.length === 0;
    },
    (error: unknown) => {
      console.warn(JSON.stringify({ event: 'prime_failed', error: String(error) }));
      return false;
    },
  );
  return started;
}

/**
 * Stores a made-up history in memory and serves `PRIMED_PATHS` from it; resolves to what failed
 * (each path with its status).
 */
export async function primeIsolate(app: Hono<{ Bindings: Env }>, now = Date.now()): Promise<string[]> {
  const values = new Map<string, Uint8Array>();
  // Written through one namespace object, read through another: a reader that did not write the
  // index decodes it, as a fresh isolate does.
  await storeHistory(memoryNamespace(values), primingSnapshot(now));
  const env: Env = { PAPERS: memoryNamespace(values) };
  primingEnvs.add(env);
  const failed: string[] = [];
  try {
    for (const path of PRIMED_PATHS) {
      try {
        const response = await app.fetch(new Request(`https://paperfeed.invalid${path}`), env);
        failed.push(`${path} answered ${response.status} with a response`);
      } catch (error) {
        if (!(error instanceof PrimedAnswer)) throw error;
        if (error.status !== 200) failed.push(`${path} answered ${error.status}`);
      }
    }
  } finally {
    forgetCachedIndex(env.PAPERS);
  }
  return failed;
}

async function storeHistory(kv: KVNamespace, snapshot: Snapshot): Promise<void> {
  const topics = { queries: topicQueries([ALL_TOPIC, ...BUILTIN_TOPICS]), pending: [] };
  const { index, bodies } = indexFromSnapshot(snapshot, (body) => matchTopics(topics, body));
  await kvStore(kv).writeIndex({ ...index, topics }, bodies, Date.parse(snapshot.checkedAt));
}

// Eight papers a day apart, the first four on the list now: enough for every route to take its
// usual path (head rows, bodies, a topic's papers), little enough to cost a few milliseconds.
function primingSnapshot(now: number): Snapshot {
  const at = new Date(now).toISOString();
  const papers: Paper[] = PRIMING_TEXTS.map(([title, abstract], i) => {
    const id = `2001.${String(i + 1).padStart(5, '0')}`;
    const firstSeenAt = new Date(now - i * 86_400_000).toISOString();
    const rank = i < 4 ? i + 1 : null;
    const lastSeenAt = rank === null ? firstSeenAt : at;
    return {
      id,
      title,
      abstract,
      authors: ['A. Author', 'B. Author'],
      hfUrl: `https://huggingface.co/papers/${id}`,
      arxivUrl: `https://arxiv.org/abs/${id}`,
      pdfUrl: `https://arxiv.org/pdf/${id}`,
      thumbnailUrl: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`,
      upvotes: 40 - i,
      comments: i,
      githubUrl: 'https://github.com/example/example',
      githubStars: 10 * i,
      aiSummary: abstract.split('. ')[0] ?? abstract,
      aiKeywords: ['language models', 'reasoning'],
      publishedAt: firstSeenAt,
      source: 'json',
      rank,
      firstSeenAt,
      lastSeenAt,
      lists: { trending: { firstSeenAt, lastSeenAt, rank } },
    };
  });
  return { version: 'priming', updatedAt: at, checkedAt: at, papers };
}

// Text that the built-in topics match (language models, vision, agents, …), so topic bits and
// per-topic pages are exercised.
const PRIMING_TEXTS: ReadonlyArray<readonly [string, string]> = [
  ['Reasoning in large language models with reinforcement learning', 'We train a large language model with reinforcement learning from verifiable rewards. The model improves on math and code benchmarks.'],
  ['A vision transformer for video segmentation', 'We present a vision transformer that segments objects in video. It runs in real time on a single GPU.'],
  ['Diffusion models for image generation', 'A diffusion model generates images from text prompts. We study guidance and sampling steps.'],
  ['Tool-using agents for web tasks', 'An LLM agent plans and calls tools to complete web tasks. We release a benchmark of multi-step tasks.'],
  ['State space models for long sequences', 'A selective state space model handles long sequences in linear time. It matches attention on language modeling.'],
  ['Robot manipulation from demonstrations', 'A robot learns manipulation policies from demonstrations. The policy transfers from simulation to the real world.'],
  ['Quantization of language models', 'We quantize the weights of language models to four bits. Accuracy is kept while memory drops.'],
  ['Protein structure prediction with graph networks', 'A graph neural network predicts protein structure. It is trained on known structures.'],
];
