import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/types';
import type { Env } from '../../src/env';
import { resolveFeedRequest } from '../../src/http/feed-request';

const env = {} as Env;
const resolve = (name: string, search = '') => resolveFeedRequest(name, new URL(`https://p.test/feeds/${name}${search}`), env);

async function problem(name: string, search = '') {
  let error: unknown;
  try {
    resolve(name, search);
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(HTTPException);
  const response = (error as HTTPException).getResponse();
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('feed request options', () => {
  it('defaults to the newest 50 papers, unfiltered', () => {
    const feed = resolve('all.rss', '?utm_source=x');
    expect(feed.selection).toEqual({ source: 'trending', limit: 50, sort: 'new' });
    expect(feed.title).toBe('paperfeed: All trending papers');
  });

  it('reads q, min_upvotes, limit and sort, and names them in the title and description', () => {
    const feed = resolve('graphs.atom', '?q=(hypernetwork+OR+%22weight+generation%22)+-survey&min_upvotes=10&limit=20&sort=upvotes');
    expect(feed.selection).toMatchObject({ limit: 20, sort: 'upvotes', minUpvotes: 10 });
    expect(feed.title).toBe('paperfeed: Graph learning (matching (hypernetwork OR "weight generation") -survey, with at least 10 upvotes, most upvoted first)');
    expect(feed.description).toMatch(/Filtered: matching .*; with at least 10 upvotes; most upvoted first; at most 20 papers\.$/);
    const paper = (title: string) => ({ title, abstract: '', aiKeywords: [] }) as unknown as Paper;
    // In the topic and matching q; in the topic but excluded by q; matching q but not in the topic.
    expect(feed.selection.matches?.(paper('Weight generation for graph neural networks'))).toBe(true);
    expect(feed.selection.matches?.(paper('A survey of weight generation for graph neural networks'))).toBe(false);
    expect(feed.selection.matches?.(paper('Hypernetworks for weight generation'))).toBe(false);
  });

  it('ignores empty parameters', () => {
    expect(resolve('all.json', '?q=&limit=&sort=&min_upvotes=').selection).toEqual({ source: 'trending', limit: 50, sort: 'new' });
  });
});

describe('feed request problems', () => {
  it('answers 404 for an unknown topic, listing the valid ones', async () => {
    const { status, body } = await problem('nope.rss');
    expect(status).toBe(404);
    expect(body['detail']).toMatch(/^There is no topic "nope"\. Valid topics: all, llm, /);
    expect(body['valid_topics']).toContain('hypernetworks');
  });

  it.each([
    ['?limit=0', 'limit', 'limit must be from 1 to 200, got 0'],
    ['?limit=201', 'limit', 'limit must be from 1 to 200, got 201'],
    ['?limit=ten', 'limit', 'limit must be a whole number from 1 to 200, got "ten"'],
    ['?limit=1&limit=2', 'limit', 'limit is given 2 times; give it once'],
    ['?min_upvotes=-1', 'min_upvotes', 'min_upvotes must be a whole number from 0 to 1000000, got "-1"'],
    ['?sort=hot', 'sort', 'sort must be one of new, trending, upvotes, got "hot"'],
    ['?q=%22open', 'q', 'q is not a valid query: it has an unmatched " at character 1'],
    ['?q=(a+OR+b', 'q', 'q is not a valid query: it has an unmatched ( at character 1'],
    ['?q=a+OR', 'q', 'q is not a valid query: OR at character 3 has nothing after it'],
  ])('answers 400 for %s', async (search, parameter, detail) => {
    const { status, body } = await problem('all.rss', search);
    expect(status).toBe(400);
    expect(body).toMatchObject({ parameter, detail });
  });

  it('refuses a q longer than 512 characters with 414', async () => {
    expect(() => resolve('all.rss', `?q=${'a'.repeat(512)}`)).not.toThrow();
    const { status, body } = await problem('all.rss', `?q=${'a'.repeat(513)}`);
    expect(status).toBe(414);
    expect(body).toMatchObject({ parameter: 'q', detail: 'q is 513 characters long; the limit is 512' });
  });
});
