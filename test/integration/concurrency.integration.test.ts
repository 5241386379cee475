import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import trendingNext from '../fixtures/trending-next.html?raw';
import { fireCron, stubUpstream } from './helpers';
import { resetState, storedFeed } from './kv-state';

beforeEach(resetState);
afterEach(() => vi.restoreAllMocks());

interface Item {
  id: string;
  _paperfeed: { first_seen_at: string };
}

async function firstSeen(): Promise<Map<string, string>> {
  const feed = JSON.parse(await storedFeed()) as { items: Item[] };
  const ids = feed.items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  return new Map(feed.items.map((item) => [item.id, item._paperfeed.first_seen_at]));
}

describe('two scheduled runs at once', () => {
  it('leave one consistent snapshot in which no paper loses its firstSeenAt', async () => {
    stubUpstream({ body: trending });
    await fireCron();
    const before = await firstSeen();
    expect(before.size).toBe(55);

    vi.restoreAllMocks();
    stubUpstream({ body: trendingNext });
    await Promise.all([fireCron(), fireCron()]);
    const after = await firstSeen();
    // 45 papers left trending (kept for the retention period), 10 stayed, 8 are new.
    expect(after.size).toBe(63);
    for (const [id, seen] of before) expect(after.get(id)).toBe(seen);
    const added = [...after.keys()].filter((id) => !before.has(id));
    expect(added).toHaveLength(8);

    // A third run finds nothing to change.
    await fireCron();
    expect(await firstSeen()).toEqual(after);
  });

  it('starting from nothing, agree on one snapshot', async () => {
    stubUpstream({ body: trending });
    await Promise.all([fireCron(), fireCron(), fireCron()]);
    const seen = await firstSeen();
    expect(seen.size).toBe(55);
    await fireCron();
    expect(await firstSeen()).toEqual(seen);
  });
});
