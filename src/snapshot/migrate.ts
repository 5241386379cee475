/**
 * Today's stored format (`snapshot:v1`, one value holding every paper) into the index and its
 * bodies, with nothing lost: dates to the millisecond, abstracts, per-list history.
 */
import type { ListName, Paper, Snapshot } from '../domain/types';
import { bodyOf, hashText, type IndexRow, type PaperBody, type PaperIndex, type Presence } from './paper-index';

/** The index of `snapshot` (its bodies not yet placed) and the bodies to store. */
export function indexFromSnapshot(snapshot: Snapshot, matchTopics: (body: PaperBody) => number): { index: PaperIndex; bodies: Map<string, PaperBody> } {
  const bodies = new Map<string, PaperBody>();
  const rows = snapshot.papers.map((paper): IndexRow => {
    const body = bodyOf(paper);
    bodies.set(paper.id, body);
    return {
      id: paper.id,
      hash: hashText(JSON.stringify(body)),
      at: null,
      source: paper.source,
      upvotes: paper.upvotes,
      comments: paper.comments,
      githubStars: paper.githubStars,
      topics: matchTopics(body),
      lists: presencesOf(paper),
    };
  });
  return { index: { version: '', updatedAt: snapshot.updatedAt, checkedAt: snapshot.checkedAt, topics: { queries: [], pending: [] }, rows, storage: { slots: [], retired: [] } }, bodies };
}

// A paper stored before the daily list existed was seen on trending only.
function presencesOf(paper: Paper): IndexRow['lists'] {
  if (!paper.lists) return { trending: { first: Date.parse(paper.firstSeenAt), last: Date.parse(paper.lastSeenAt), rank: paper.rank } };
  const lists: IndexRow['lists'] = {};
  for (const [name, presence] of Object.entries(paper.lists) as [ListName, NonNullable<Paper['lists']>[ListName]][]) {
    if (!presence) continue;
    const stored: Presence = { first: Date.parse(presence.firstSeenAt), last: Date.parse(presence.lastSeenAt), rank: presence.rank };
    if (presence.day !== undefined) stored.day = presence.day;
    lists[name] = stored;
  }
  return lists;
}
