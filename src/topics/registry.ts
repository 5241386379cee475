/**
 * The topics this deployment serves, and how a topic decides which papers belong to it. Both
 * are computed once per isolate: topics per `TOPICS` value, matchers per query string.
 */
import type { Env } from '../env';
import { compileQuery, type PaperMatcher } from '../query';
import { topicsFromConfig } from './config';
import type { Topic } from './topic';

const loaded = new Map<string, Topic[]>();
const MAX_LOADED = 8;

/**
 * Every topic, `all` first: the built-in ones as changed by the `TOPICS` var. Throws
 * `ConfigError` naming the bad entry when `TOPICS` is invalid. Do not mutate the result.
 */
export function loadTopics(env: Env): Topic[] {
  const raw = env.TOPICS ?? '';
  let topics = loaded.get(raw);
  if (!topics) {
    topics = topicsFromConfig(raw);
    // An isolate sees one value; tests see a few. Bounded all the same.
    if (loaded.size >= MAX_LOADED) loaded.clear();
    loaded.set(raw, topics);
  }
  return topics;
}

/** The sentence that lists the valid topic slugs, as problem details end with it. */
export function validTopicsSentence(slugs: readonly string[]): string {
  return `Valid topics: ${slugs.join(', ')}.`;
}

/** Finds a topic by slug; `undefined` when there is none. */
export function findTopic(topics: readonly Topic[], slug: string): Topic | undefined {
  return topics.find((topic) => topic.slug === slug);
}

/**
 * The predicate a topic applies to papers: its query, compiled once and shared by every caller.
 * Answers are remembered per paper object, so counting a topic twice costs nothing.
 */
export function topicMatcher(topic: Topic): PaperMatcher {
  // Compiled on first use: feeds usually answer from the stored topic bits and never call it, and
  // compiling a long built-in definition is a good part of a fresh isolate's first request.
  let compiled: PaperMatcher | undefined;
  // Cannot throw for topics from `loadTopics`: `TOPICS` queries are parsed when loaded, built-in ones by tests.
  return (paper) => (compiled ??= compileQuery(topic.query))(paper);
}
