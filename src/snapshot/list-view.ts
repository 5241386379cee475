/**
 * A paper as the feeds of one source show it. A feed's item date is when this service first saw
 * the paper on the feed's list (`any`: on any list), so a paper that was featured on the daily list
 * days before it started trending arrives in each feed when it joined that feed's list.
 */
import type { FeedSource, Paper } from '../domain/types';
import { byNewest } from './merge';
import { presencesOf } from './presence';

/**
 * `paper` with `firstSeenAt` and `lastSeenAt` of its sightings on `source`, or `null` when it was
 * never on that list. `rank` stays the trending rank in every view: it is what "#N trending" says.
 */
export function listView(paper: Paper, source: FeedSource): Paper | null {
  if (source === 'any') return paper;
  const presence = presencesOf(paper)[source];
  if (!presence) return null;
  if (presence.firstSeenAt === paper.firstSeenAt && presence.lastSeenAt === paper.lastSeenAt) return paper;
  return { ...paper, firstSeenAt: presence.firstSeenAt, lastSeenAt: presence.lastSeenAt };
}

/** The papers a feed of `source` holds, newest first by their date on that source. */
export function papersOn(papers: readonly Paper[], source: FeedSource): Paper[] {
  if (source === 'any') return [...papers];
  let reordered = false;
  const views: Paper[] = [];
  for (const paper of papers) {
    const view = listView(paper, source);
    if (!view) continue;
    if (view !== paper) reordered = true;
    views.push(view);
  }
  // The snapshot is already newest first by earliest sighting; only views with other dates need a sort.
  return reordered ? views.sort(byNewest) : views;
}
