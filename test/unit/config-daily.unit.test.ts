import { describe, expect, it } from 'vitest';
import { ConfigError, followedLists, readConfig, type Env } from '../../src/env';

const read = (vars: Partial<Env>) => readConfig({ PAPERS: {} as KVNamespace, ...vars });

describe('DAILY_URL', () => {
  it('follows https://huggingface.co/papers unless told otherwise', () => {
    expect(followedLists(read({}))).toEqual([
      { list: 'trending', url: 'https://huggingface.co/papers/trending' },
      { list: 'daily', url: 'https://huggingface.co/papers' },
    ]);
    expect(read({ DAILY_URL: ' http://127.0.0.1:9/papers ' }).dailyUrl).toBe('http://127.0.0.1:9/papers');
  });

  it('an empty value turns the daily list off', () => {
    expect(followedLists(read({ DAILY_URL: '' })).map((source) => source.list)).toEqual(['trending']);
  });

  it('a value that is not an http(s) URL is a configuration error naming DAILY_URL', () => {
    expect(() => read({ DAILY_URL: 'ftp://example.test/' })).toThrow(ConfigError);
    expect(() => read({ DAILY_URL: 'papers' })).toThrow(/DAILY_URL/);
  });
});
