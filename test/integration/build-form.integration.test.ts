/**
 * `/build` checks the form exactly as the feed route checks the URL it would redirect to, and
 * answers a bad value with the index again: 400, the form as sent, the error beside its field.
 */
import { describe, expect, it } from 'vitest';
import { request } from './helpers';

const BROWSER = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';

async function build(query: string): Promise<{ status: number; html: string; location: string | null }> {
  const response = await request(`/build?${query}`, { redirect: 'manual', headers: { accept: BROWSER } });
  return { status: response.status, html: await response.text(), location: response.headers.get('location') };
}

// The error message and the markup of the field it sits in.
function fieldWithError(html: string): string {
  const at = html.indexOf('id="builder-error"');
  expect(at, 'no error beside a field').toBeGreaterThan(0);
  return html.slice(html.lastIndexOf('<label', at), html.indexOf('</label>', at));
}

describe('GET /build with a bad value', () => {
  it.each([
    ['q', 'topic=all&format=rss&q=%22state%20space', /q is not a valid query/, 'name="q"'],
    ['q', 'topic=all&format=rss&q=a%20OR', /q is not a valid query/, 'name="q"'],
    ['min_upvotes', 'topic=all&format=atom&min_upvotes=abc', /min_upvotes must be a whole number/, 'name="min_upvotes"'],
    ['min_upvotes', 'topic=all&format=atom&min_upvotes=9999999', /min_upvotes must be from 0 to 1000000/, 'name="min_upvotes"'],
    ['sort', 'topic=all&format=json&sort=oldest', /sort must be one of new, trending, upvotes/, 'name="sort"'],
    ['topic', 'topic=nope&format=rss', /There is no topic &quot;nope&quot;/, 'name="topic"'],
  ])('answers a bad %s with the form again, the error beside the field', async (_field, query, message, field) => {
    const { status, html, location } = await build(query);
    expect(status).toBe(400);
    expect(location).toBeNull();
    expect(html).toContain('<form class="card" id="builder"');
    const near = fieldWithError(html);
    expect(near).toContain(field);
    expect(near).toMatch(message);
    expect(near).toContain('aria-invalid="true"');
  });

  it('keeps every value the form was sent with', async () => {
    const { html } = await build('topic=robotics&format=atom&q=%22robot%20policy&min_upvotes=7&sort=upvotes');
    expect(html).toContain('<option value="robotics" selected>');
    expect(html).toContain('value="atom" checked');
    expect(html).toContain('value="&quot;robot policy"');
    expect(html).toContain('name="min_upvotes" min="0" step="1" inputmode="numeric" placeholder="any" value="7"');
    expect(html).toContain('<option value="upvotes" selected>');
  });

  it('keeps a value the number field would drop, as text', async () => {
    const { html } = await build('min_upvotes=abc');
    expect(html).toMatch(/<input type="text" name="min_upvotes"[^>]* value="abc"/);
  });

  it('shows an error about a parameter the form has no field for above the form', async () => {
    const { status, html } = await build('topic=all&limit=0');
    expect(status).toBe(400);
    expect(html).toMatch(/<p class="form-error" role="alert">limit must be from 1 to 200/);
  });

  it('redirects a good form to its feed, as before', async () => {
    const { status, location } = await build('topic=all&format=rss&q=graph&min_upvotes=3');
    expect(status).toBe(303);
    expect(location).toBe('https://paperfeed.test/feeds/all.rss?q=graph&min_upvotes=3');
  });
});
