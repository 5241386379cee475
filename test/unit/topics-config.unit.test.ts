import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { parseQuery } from '../../src/query';
import { BUILTIN_TOPICS, findTopic, loadTopics, topicsFromConfig } from '../../src/topics';

const slugs = (raw?: string) => topicsFromConfig(raw).map((topic) => topic.slug);
const errorOf = (raw: string) => {
  try {
    topicsFromConfig(raw);
  } catch (error) {
    expect((error as Error).name).toBe('ConfigError');
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('built-in topics', () => {
  it('have unique slugs, one-line descriptions and valid queries', () => {
    const all = topicsFromConfig(undefined);
    expect(all[0]?.slug).toBe('all');
    expect(new Set(all.map((t) => t.slug)).size).toBe(all.length);
    for (const topic of BUILTIN_TOPICS) {
      expect(topic.slug).toMatch(/^[a-z0-9-]+$/);
      expect(topic.description).not.toMatch(/\n/);
      expect(() => parseQuery(topic.query), topic.slug).not.toThrow();
    }
    expect(slugs()).toEqual(expect.arrayContaining(['llm', 'vision', 'generative', 'multimodal', 'agents', 'reinforcement-learning', 'robotics', 'graphs', 'efficiency', 'training', 'continual-learning', 'federated-learning', 'sequence-models', 'hypernetworks', 'speech-audio', 'science']));
  });
});

describe('TOPICS var', () => {
  it('adds, replaces and removes topics by slug, keeping the order of the built-in ones', () => {
    const topics = topicsFromConfig(JSON.stringify([
      { slug: 'vision', title: 'Vision', description: 'Only detection', query: 'title:detection' },
      { slug: 'speech-audio', remove: true },
      { slug: 'mine', title: 'Mine', query: 'hypernetwork -survey' },
    ]));
    expect(topics.map((t) => t.slug)).toEqual(slugs().filter((s) => s !== 'speech-audio').concat('mine'));
    expect(findTopic(topics, 'vision')).toEqual({ slug: 'vision', title: 'Vision', description: 'Only detection', query: 'title:detection' });
    expect(findTopic(topics, 'mine')?.description).toBe('Mine');
  });

  it('replaces every built-in topic with {"builtin": false}', () => {
    expect(slugs(JSON.stringify({ builtin: false, topics: [{ slug: 'x', title: 'X', query: 'x' }] }))).toEqual(['all', 'x']);
  });

  it('names the bad entry and says what is wrong with it', () => {
    expect(errorOf('[{')).toMatch(/^TOPICS is not valid JSON/);
    expect(errorOf('{"topics": 3}')).toMatch(/^TOPICS must be a JSON array/);
    expect(errorOf('[{"slug": "ok", "title": "Ok", "query": "a"}, {"slug": "visoin", "title": "V", "query": "(a OR b"}]')).toBe(
      'TOPICS entry 2 ("visoin"): query is not valid: it has an unmatched ( at character 1',
    );
    expect(errorOf('[{"slug": "Bad Slug", "title": "B", "query": ""}]')).toMatch(/^TOPICS entry 1 \("Bad Slug"\): slug must be/);
    expect(errorOf('[{"slug": "all", "title": "All", "query": ""}]')).toMatch(/reserved/);
    expect(errorOf('[{"slug": "x", "title": "X", "qeury": "a"}]')).toMatch(/unknown member "qeury"/);
    expect(errorOf('[{"slug": "x", "title": "", "query": "a"}]')).toMatch(/title must not be empty/);
    expect(errorOf('[{"slug": "x", "title": "X\\u0001", "query": "a"}]')).toMatch(/title contains a control character/);
    expect(errorOf('[{"slug": "x", "title": "X", "query": "a"}, {"slug": "x", "title": "Y", "query": "b"}]')).toMatch(/given twice/);
    expect(errorOf('[{"slug": "nope", "remove": true}]')).toMatch(/no built-in topic "nope" to remove/);
  });

  it('is read once per value by loadTopics', () => {
    const env = { TOPICS: '[{"slug": "x", "title": "X", "query": "x"}]' } as Env;
    expect(loadTopics(env)).toBe(loadTopics({ ...env }));
    expect(loadTopics({} as Env).map((t) => t.slug)).toEqual(slugs());
    expect(() => loadTopics({ TOPICS: '[1]' } as Env)).toThrow(/TOPICS entry 1: must be an object/);
  });
});
