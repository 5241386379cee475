/**
 * Two runs can overlap (the cron fires while a manual refresh runs): both read the same index,
 * and whichever writes second would throw away what the first added. Before writing, a run
 * re-reads the stored index and, when someone else wrote meanwhile, merges its pages into the
 * union of both instead. KV has no compare-and-swap, so this narrows the window to the time
 * between that re-read and the write; it cannot close it. Body values are never modified in
 * place (a run that adds bodies writes a new key), so neither run can overwrite the other's.
 */
import type { ListName } from '../domain/types';
import type { IndexRow, PaperBody, PaperIndex, Presence } from '../snapshot/paper-index';

/**
 * Both indexes' rows, keyed by arXiv id. Where both hold a paper, the row from the index checked
 * last wins, with the earliest first and the latest last sighting of each list, so no paper loses
 * the date readers know it by. The result carries `stored`'s version, times and body storage:
 * merging into it reports a change exactly when the outcome differs from what KV holds. Rows of
 * `mine` whose bodies are not in `stored`'s values come with their bodies (from `myBodies`, or
 * read through `readMine` from the values `mine` was read from).
 */
export async function unionIndexes(
  stored: PaperIndex,
  mine: PaperIndex,
  myBodies: ReadonlyMap<string, PaperBody>,
  readMine: (rows: IndexRow[]) => Promise<Map<string, PaperBody>>,
): Promise<{ index: PaperIndex; bodies: Map<string, PaperBody> }> {
  const mineNewer = mine.checkedAt > stored.checkedAt;
  const rows = new Map<string, IndexRow>(stored.rows.map((row) => [row.id, row]));
  const homeless: IndexRow[] = [];
  for (const row of mine.rows) {
    const other = rows.get(row.id);
    const winner = other && !mineNewer ? other : row;
    const loser = winner === row ? other : row;
    let merged: IndexRow = loser ? { ...winner, lists: unionLists(winner.lists, loser.lists) } : winner;
    // A row of mine points into the values mine was read from: keep it only where stored has the same value.
    if (merged === row || winner === row) {
      const slot = row.at ? mine.storage.slots[row.at.chunk] : undefined;
      const same = row.at && slot && stored.storage.slots[row.at.chunk]?.key === slot.key;
      if (!same) {
        merged = { ...merged, at: null };
        if (row.at) homeless.push(row);
      }
    }
    rows.set(row.id, merged);
  }
  const bodies = new Map(myBodies);
  if (homeless.length > 0) for (const [id, body] of await readMine(homeless)) bodies.set(id, body);
  const ordered = [...rows.values()].sort((a, b) => first(b) - first(a) || (a.id < b.id ? -1 : 1));
  return { index: { ...stored, rows: ordered.filter((row) => row.at !== null || bodies.has(row.id)) }, bodies };
}

function unionLists(a: IndexRow['lists'], b: IndexRow['lists']): IndexRow['lists'] {
  const lists: IndexRow['lists'] = { ...b, ...a };
  for (const name of Object.keys(lists) as ListName[]) {
    const x = a[name];
    const y = b[name];
    if (x && y) lists[name] = { ...x, first: Math.min(x.first, y.first), last: Math.max(x.last, y.last) } satisfies Presence;
  }
  return lists;
}

function first(row: IndexRow): number {
  return Math.min(...Object.values(row.lists).map((presence) => presence?.first ?? Infinity));
}
