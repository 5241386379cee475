/**
 * Today's stored format (`snapshot:v1`, one value holding every paper) into the index and its
 * bodies, with nothing lost: dates to the millisecond, abstracts, per-list history.
 */
import type { ListName, ListPresence, Paper, Snapshot } from '../domain/types';
import { presencesOf } from './presence';
import { bodyOf, fieldsOf, hashText, type IndexRow, type PaperBody, type PaperIndex, type Presence } from './paper-index';

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
      fields: fieldsOf(body),
      lists: presencesOfRow(paper),
    };
  });
  return { index: { version: '', updatedAt: snapshot.updatedAt, checkedAt: snapshot.checkedAt, topics: { queries: [], pending: [] }, rows, storage: { slots: [], retired: [] } }, bodies };
}

// A paper stored before the daily list existed was seen on trending only (see `presencesOf`).
function presencesOfRow(paper: Paper): IndexRow['lists'] {
  const lists: IndexRow['lists'] = {};
  for (const [name, presence] of Object.entries(presencesOf(paper)) as [ListName, ListPresence][]) {
    const stored: Presence = { first: Date.parse(presence.firstSeenAt), last: Date.parse(presence.lastSeenAt), rank: presence.rank };
    if (presence.day !== undefined) stored.day = presence.day;
    lists[name] = stored;
  }
  return lists;
}
