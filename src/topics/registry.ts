/**
 * The topics this deployment serves, and how a topic decides which papers belong to it.
 */
import type { Paper } from '../domain/types';
import type { Env } from '../env';
import { ALL_TOPIC, type Topic } from './topic';

/** Every topic, `all` first. */
export function loadTopics(_env: Env): Topic[] {
  return [ALL_TOPIC];
}

/** Finds a topic by slug; `undefined` when there is none. */
export function findTopic(topics: readonly Topic[], slug: string): Topic | undefined {
  return topics.find((topic) => topic.slug === slug);
}

/** The predicate a topic applies to papers. */
export function topicMatcher(_topic: Topic): (paper: Paper) => boolean {
  return () => true;
}
