/**
 * Puts a whole snapshot (as tests build them) into KV in the stored format, as if runs had
 * stored it, and reads the stored papers back as one snapshot.
 */
import type { Paper, Snapshot } from '../../src/domain/types';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { paperOf } from '../../src/snapshot/paper-index';
import { kvStore, indexOf, type PaperStore } from '../../src/store';
import { BUILTIN_TOPICS, ALL_TOPIC } from '../../src/topics';
import { matchTopics, topicQueries } from '../../src/topics/membership';

/** Stores `snapshot` with topic bits for the built-in topics. */
export async function storeSnapshot(kv: KVNamespace, snapshot: Snapshot): Promise<void> {
  const topics = { queries: topicQueries([ALL_TOPIC, ...BUILTIN_TOPICS]), pending: [] };
  const { index, bodies } = indexFromSnapshot(snapshot, (body) => matchTopics(topics, body));
  await kvStore(kv).writeIndex({ ...index, topics }, bodies, Date.parse(snapshot.checkedAt));
}

/** Every stored paper, newest first, with the index's times; `null` when nothing is stored. */
export async function readStoredSnapshot(store: PaperStore): Promise<Snapshot | null> {
  const stored = await store.readIndex();
  if (!stored) return null;
  const index = indexOf(stored);
  const bodies = await store.readBodies(index.storage, index.rows);
  const papers: Paper[] = index.rows.map((row) => {
    const body = bodies.get(row.id);
    if (!body) throw new Error(`the body of ${row.id} is missing`);
    return paperOf(row, body);
  });
  return { version: index.version, updatedAt: index.updatedAt, checkedAt: index.checkedAt, papers };
}
