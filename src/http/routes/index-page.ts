/**
 * `GET /`: a plain page that names the feeds, until the full index page lands.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Env } from '../../env';

export const indexRoutes = new Hono<{ Bindings: Env }>();

indexRoutes.get('/', (c) => {
  const origin = new URL(c.req.url).origin;
  return c.html(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>paperfeed</title>
<link rel="alternate" type="application/rss+xml" title="paperfeed: all trending papers (RSS)" href="${origin}/feeds/all.rss" />
<link rel="alternate" type="application/atom+xml" title="paperfeed: all trending papers (Atom)" href="${origin}/feeds/all.atom" />
<link rel="alternate" type="application/feed+json" title="paperfeed: all trending papers (JSON Feed)" href="${origin}/feeds/all.json" />
</head>
<body>
<h1>paperfeed</h1>
<p>Trending papers from Hugging Face as feeds:
<a href="/feeds/all.rss">RSS</a>, <a href="/feeds/all.atom">Atom</a>, <a href="/feeds/all.json">JSON Feed</a>.</p>
</body>
</html>`);
});
