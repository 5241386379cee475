/**
 * Two runs can overlap (the cron fires while a manual refresh runs): both read the same snapshot,
 * and whichever writes second would throw away what the first added. Before writing, a run
 * re-reads the stored snapshot and, when someone else wrote meanwhile, merges its page into the
 * union of both instead. KV has no compare-and-swap, so this narrows the window to the time
 * between that re-read and the write; it cannot close it.
 */
import { LIST_NAMES, type ListName, type ListPresence, type Paper, type Snapshot } from '../domain/types';
import { presencesOf, withPresences } from '../snapshot/presence';

/**
 * Both snapshots' papers, keyed by arXiv id. Where both hold a paper, the copy from the snapshot
 * checked last wins, with, on each list, the earliest `firstSeenAt` and the latest `lastSeenAt` of
 * the two, so no paper loses the date readers know it by. The result carries `stored`'s version
 * and times: merging into it reports a change exactly when the outcome differs from what KV holds.
 */
export function unionSnapshots(stored: Snapshot, mine: Snapshot | null): Snapshot {
  if (!mine) return stored;
  const newer = stored.checkedAt >= mine.checkedAt ? stored : mine;
  const older = newer === stored ? mine : stored;
  const papers = new Map<string, Paper>(older.papers.map((paper) => [paper.id, paper]));
  for (const paper of newer.papers) {
    const other = papers.get(paper.id);
    papers.set(paper.id, other ? withPresences(paper, unionPresences(presencesOf(paper), presencesOf(other))) : paper);
  }
  return { ...stored, papers: [...papers.values()] };
}

type Presences = Partial<Record<ListName, ListPresence>>;

function unionPresences(newer: Presences, older: Presences): Presences {
  const lists: Presences = {};
  for (const list of LIST_NAMES) {
    const a = newer[list];
    const b = older[list];
    if (!a || !b) {
      const only = a ?? b;
      if (only) lists[list] = only;
      continue;
    }
    lists[list] = {
      ...a,
      firstSeenAt: b.firstSeenAt < a.firstSeenAt ? b.firstSeenAt : a.firstSeenAt,
      lastSeenAt: b.lastSeenAt > a.lastSeenAt ? b.lastSeenAt : a.lastSeenAt,
    };
  }
  return lists;
}
