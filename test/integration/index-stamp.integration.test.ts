/**
 * The index value carries its version and `checkedAt` as KV metadata, so an isolate that holds the
 * index reads it again only when the stamp says another isolate wrote since: on real KV, a run
 * builds on what KV holds, never on what this isolate last saw.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import trendingNext from '../fixtures/trending-next.html?raw';
import { decodeIndex } from '../../src/store/index-codec';
import { testEnv } from './helpers';
import { resetState, scrapeOnce } from './kv-state';

beforeEach(resetState);
afterEach(() => vi.restoreAllMocks());

async function storedIndex() {
  const { value, metadata } = await testEnv.PAPERS.getWithMetadata('index:v2', 'text');
  return { value: value as string, metadata, head: decodeIndex(value as string)?.head };
}

describe('the index stamp on real KV', () => {
  it('is the head’s version and checkedAt', async () => {
    await scrapeOnce(trending);
    const { metadata, head } = await storedIndex();
    expect(metadata).toEqual({ version: head?.version, checkedAt: head?.checkedAt });
  });

  it('a run reads the index again when another isolate wrote one this isolate has not seen', async () => {
    await scrapeOnce(trending);
    const first = await storedIndex();
    await scrapeOnce(trendingNext);
    // Another isolate puts the first index back (stamped as its writer stamps it).
    await testEnv.PAPERS.put('index:v2', first.value, { metadata: first.metadata });
    await scrapeOnce(trendingNext);
    // Built on the first index, the run found the page's changes and stored them.
    const after = await storedIndex();
    expect(after.head?.version).not.toBe(first.head?.version);
    expect(after.head?.updatedAt).not.toBe(first.head?.updatedAt);
  });
});
