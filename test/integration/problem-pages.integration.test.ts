import { describe, expect, it } from 'vitest';
import { request } from './helpers';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('problems in a browser', () => {
  it('shows a bad filter as a page with the same status and detail, escaped', async () => {
    const response = await request('/feeds/all.rss?q=%22%3Cscript%3Ealert(1)%3C%2Fscript%3E', { headers: { accept: BROWSER } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('vary')).toContain('Accept');
    const page = await response.text();
    expect(page).toContain('<h1>Invalid parameter: q</h1>');
    // Only the page's own (hashed) script: nothing from the URL became markup.
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('lists the topics that exist for an unknown one, once, under a short heading', async () => {
    const response = await request('/feeds/visoin.rss', { headers: { accept: BROWSER } });
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain('<h1>Unknown topic</h1>');
    expect(page).toContain('<p class="lede-sub">There is no topic &quot;visoin&quot;.</p>');
    expect(page).not.toContain('class="lede"');
    expect(page).toContain('<a href="/feeds/vision.rss">vision</a>');
    // The slugs appear once, as links, not again in the detail.
    const main = page.slice(page.indexOf('<main'));
    expect(main.match(/\bmultimodal\b/g)).toHaveLength(2); // the link's href and its text
  });

  it('keeps answering readers and scripts with problem+json', async () => {
    for (const accept of ['application/rss+xml', '*/*', 'application/json']) {
      const response = await request('/feeds/visoin.rss', { headers: { accept } });
      expect(response.headers.get('content-type'), accept).toContain('application/problem+json');
    }
  });
});
