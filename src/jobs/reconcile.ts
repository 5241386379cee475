/**
 * Two runs can overlap (the cron fires while a manual refresh runs): both read the same snapshot,
 * and whichever writes second would throw away what the first added. Before writing, a run
 * re-reads the stored snapshot and, when someone else wrote meanwhile, merges its page into the
 * union of both instead. KV has no compare-and-swap, so this narrows the window to the time
 * between that re-read and the write; it cannot close it.
 */
import type { Paper, Snapshot } from '../domain/types';

/**
 * Both snapshots' papers, keyed by arXiv id. Where both hold a paper, the copy from the snapshot
 * checked last wins, with the earliest `firstSeenAt` and the latest `lastSeenAt` of the two, so
 * no paper loses the date readers know it by. The result carries `stored`'s version and times:
 * merging into it reports a change exactly when the outcome differs from what KV holds.
 */
export function unionSnapshots(stored: Snapshot, mine: Snapshot | null): Snapshot {
  if (!mine) return stored;
  const newer = stored.checkedAt >= mine.checkedAt ? stored : mine;
  const older = newer === stored ? mine : stored;
  const papers = new Map<string, Paper>(older.papers.map((paper) => [paper.id, paper]));
  for (const paper of newer.papers) {
    const other = papers.get(paper.id);
    papers.set(
      paper.id,
      other
        ? {
            ...paper,
            firstSeenAt: other.firstSeenAt < paper.firstSeenAt ? other.firstSeenAt : paper.firstSeenAt,
            lastSeenAt: other.lastSeenAt > paper.lastSeenAt ? other.lastSeenAt : paper.lastSeenAt,
          }
        : paper,
    );
  }
  return { ...stored, papers: [...papers.values()] };
}
