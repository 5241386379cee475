import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/types';
import { contentSecurityPolicy, renderFeedPreview, renderIndexPage } from '../../src/html';
import { sha256Source } from '../../src/html/content-security-policy';
import { ALL_TOPIC } from '../../src/topics';

const HOSTILE = `<script>alert(1)</script>"'><img src=x onerror=alert(2)> ]]> &amp;`;

const paper: Paper = {
  id: '2606.03748',
  title: `Title ${HOSTILE}`,
  abstract: `Abstract ${HOSTILE}`,
  authors: [`Author ${HOSTILE}`],
  hfUrl: 'https://huggingface.co/papers/2606.03748',
  arxivUrl: 'https://arxiv.org/abs/2606.03748',
  pdfUrl: 'https://arxiv.org/pdf/2606.03748',
  upvotes: 23,
  comments: 1,
  githubUrl: 'https://github.com/example/repo?a=1&b="2"',
  githubStars: 1200,
  organization: { name: 'org', fullname: `Org ${HOSTILE}`, url: 'https://huggingface.co/org' },
  aiSummary: `Summary ${HOSTILE}`,
  aiKeywords: [`kw ${HOSTILE}`],
  rank: 1,
  source: 'json',
  firstSeenAt: '2026-10-07T10:00:00.000Z',
  lastSeenAt: '2026-10-07T10:00:00.000Z',
  lists: { trending: { firstSeenAt: '2026-10-07T10:00:00.000Z', lastSeenAt: '2026-10-07T10:00:00.000Z', rank: 1 } },
};

const indexPage = (latest: Paper[]) =>
  renderIndexPage({
    origin: 'https://paperfeed.test',
    topics: [{ topic: ALL_TOPIC, count: latest.length, dailyCount: 0 }],
    daily: true,
    snapshot: { checkedAt: '2026-10-07T10:30:00.000Z', updatedAt: '2026-10-07T10:00:00.000Z', papers: latest.length, trending: latest.length },
    latest,
    sourceHost: null,
  });

const preview = () =>
  renderFeedPreview({
    url: new URL(`https://paperfeed.test/feeds/all.rss?q=${encodeURIComponent(HOSTILE)}`),
    topic: ALL_TOPIC,
    source: 'trending',
    format: 'rss',
    title: 'paperfeed: All trending papers',
    description: 'Every paper',
    papers: [paper],
    checkedAt: '2026-10-07T10:30:00.000Z',
    sourceHost: null,
  });

describe('pages', () => {
  it.each([
    ['the index', () => indexPage([paper])],
    ['the feed preview', preview],
  ])('%s shows upstream markup as text only', (_name, render) => {
    const page = render();
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('onerror=alert(2)>');
    expect(page).toContain('Title &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt; ]]&gt; &amp;amp;');
    expect(page).toContain('href="https://github.com/example/repo?a=1&amp;b=&quot;2&quot;"');
  });

  it('renders the same bytes for the same snapshot', () => {
    expect(indexPage([paper])).toBe(indexPage([paper]));
  });

  it('says so when there are no papers yet', () => {
    const page = renderIndexPage({ origin: 'https://paperfeed.test', topics: [{ topic: ALL_TOPIC, count: null }], daily: false, snapshot: null, latest: [], sourceHost: 'demo.test' });
    expect(page).toContain('No papers yet');
    expect(page).toContain('<code>demo.test</code>');
  });

  it('allows exactly its own inline style and script in the policy', async () => {
    const page = indexPage([paper]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    const policy = await contentSecurityPolicy();
    expect(policy).toContain(`style-src ${await sha256Source(style)}`);
    expect(policy).toContain(`script-src ${await sha256Source(script)}`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
