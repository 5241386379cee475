/**
 * A paper's sightings per list, and the top-level fields derived from them. Snapshots stored
 * before paperfeed followed more than one list hold papers without `lists`: every one of them was
 * a trending paper, and it reads as one, with its stored dates exactly as they were.
 */
import { LIST_NAMES, type ListName, type ListPresence, type Paper } from '../domain/types';

/** Sightings per list; `lists` of a stored paper, or the trending sighting of a paper stored before lists. */
export function presencesOf(paper: Paper): Partial<Record<ListName, ListPresence>> {
  const { lists } = paper as Partial<Pick<Paper, 'lists'>>;
  return lists ?? { trending: { firstSeenAt: paper.firstSeenAt, lastSeenAt: paper.lastSeenAt, rank: paper.rank } };
}

/**
 * `paper` with `lists` and the fields derived from them: the trending rank, the earliest first
 * and the latest last sighting on any list.
 */
export function withPresences(paper: Omit<Paper, 'lists'>, lists: Partial<Record<ListName, ListPresence>>): Paper {
  let firstSeenAt = '';
  let lastSeenAt = '';
  for (const list of LIST_NAMES) {
    const presence = lists[list];
    if (!presence) continue;
    if (firstSeenAt === '' || presence.firstSeenAt < firstSeenAt) firstSeenAt = presence.firstSeenAt;
    if (presence.lastSeenAt > lastSeenAt) lastSeenAt = presence.lastSeenAt;
  }
  return { ...paper, lists, rank: lists.trending?.rank ?? null, firstSeenAt, lastSeenAt };
}
