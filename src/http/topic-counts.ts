/**
 * Papers per topic, as the index page and `/api/topics` show them: from the counts the head
 * carries, so neither parses the rows; a topic whose membership is not stored (yet) is counted by
 * matching, which reads what it must.
 */
import type { FeedSource } from '../domain/types';
import { compileQuery } from '../query';
import { countIndexed } from '../select/select-indexed';
import type { Topic } from '../topics';
import { topicRowFilter } from '../topics/membership';
import type { ReadView } from './read-route';

/** Every topic of `topics` with its number of papers on `source`. */
export async function topicCounts(view: ReadView, topics: readonly Topic[], source: FeedSource): Promise<{ topic: Topic; count: number }[]> {
  const { head } = view;
  const counts = head.counts[source];
  return Promise.all(
    topics.map(async (topic) => {
      if (topic.query.trim() === '') return { topic, count: counts.papers };
      const bit = head.topics.queries.indexOf(topic.query);
      const complete = bit >= 0 && !head.topics.pending.some((entry) => entry.query === topic.query);
      if (complete) return { topic, count: counts.topics[bit] ?? 0 };
      const rows = source === 'any' ? view.rows() : view.rows().filter((row) => row.lists[source] !== undefined);
      return { topic, count: await countIndexed(rows, topicRowFilter(head.topics, topic.query), compileQuery(topic.query), view.bodies) };
    }),
  );
}
