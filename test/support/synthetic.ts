/**
 * A year of history, made up from real papers: `count` distinct papers cycled from `pool` (the
 * fixture pages' papers, with their real abstracts), about 27 first seen a day, newest first,
 * the newest 55 still trending. Each copy gets its own id and title, so nothing is shared by text.
 */
import type { Paper, ScrapedPaper, Snapshot } from '../../src/domain/types';

const DAY = 86_400_000;

/** A snapshot of `count` papers ending at `now` (epoch ms), built from `pool`. */
export function syntheticSnapshot(pool: readonly ScrapedPaper[], count: number, now: number): Snapshot {
  const perDay = 27;
  const papers: Paper[] = [];
  for (let i = 0; i < count; i++) {
    const base = pool[i % pool.length] as ScrapedPaper;
    const id = `${String(24 + Math.floor(i / 99_999)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}.${String(i % 99_999).padStart(5, '0')}`;
    // Whole seconds, a second apart within a day, as runs date them.
    const firstSeen = Math.floor((now - Math.floor(i / perDay) * DAY - (i % perDay) * 1_000) / 1_000) * 1_000;
    const lastSeen = Math.min(now, firstSeen + 5 * DAY);
    const rank = i < 55 ? i + 1 : null;
    const firstSeenAt = new Date(firstSeen).toISOString();
    const lastSeenAt = new Date(rank === null ? lastSeen : now).toISOString();
    papers.push({
      ...base,
      id,
      title: `${base.title} (${i})`,
      hfUrl: `https://huggingface.co/papers/${id}`,
      arxivUrl: `https://arxiv.org/abs/${id}`,
      pdfUrl: `https://arxiv.org/pdf/${id}`,
      upvotes: (base.upvotes + i * 7) % 500,
      rank,
      firstSeenAt,
      lastSeenAt,
      lists: { trending: { firstSeenAt, lastSeenAt, rank } },
    });
  }
  const at = new Date(now).toISOString();
  return { version: `synthetic-${count}`, updatedAt: at, checkedAt: at, papers };
}
