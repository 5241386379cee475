/**
 * The frame every page shares: `<head>` with feed autodiscovery, the inline stylesheet and
 * script (allowed by hash, see content-security-policy.ts), the site header and footer.
 */
import { raw } from 'hono/html';
import { CRON_INTERVAL_MINUTES } from '../env';
import { CLIENT_SCRIPT } from './client-script';
import { markup, type Markup } from './markup';
import { STYLES } from './styles';

/** One `<link rel="alternate">`: how feed readers and browser extensions find the feeds. */
export interface Alternate {
  type: string;
  title: string;
  /** Absolute URL: readers given the page URL resolve nothing themselves. */
  href: string;
}

/** What a page puts into the frame. */
export interface PageFrame {
  title: string;
  description: string;
  alternates: readonly Alternate[];
  main: Markup;
}

// An RSS-style mark, also the favicon (as a data URL, so the page loads nothing else).
const MARK_PATHS =
  '<rect width="32" height="32" rx="8" fill="#ea580c"/><circle cx="10" cy="22" r="3" fill="#fff"/>' +
  '<path d="M7 14a11 11 0 0 1 11 11h-3.5A7.5 7.5 0 0 0 7 17.5z" fill="#fff"/><path d="M7 6.5A18.5 18.5 0 0 1 25.5 25H22A15 15 0 0 0 7 10z" fill="#fff"/>';
const FAVICON = `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${MARK_PATHS}</svg>`)}`;
const MARK = raw(`<svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">${MARK_PATHS}</svg>`);

/** Renders a whole HTML document around `frame.main`. */
export function renderPage(frame: PageFrame): string {
  return `<!doctype html>\n${markup`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="description" content="${frame.description}">
<title>${frame.title}</title>
<link rel="icon" href="${FAVICON}">
${frame.alternates.map((alt) => markup`<link rel="alternate" type="${alt.type}" title="${alt.title}" href="${alt.href}">\n`)}<style>${raw(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="wrap">
<a class="brand" href="/">${MARK}<span>paperfeed</span></a>
<nav aria-label="Site"><a href="/#topics">Feeds</a><a href="/#build">Filter</a><a href="/#latest">Latest</a><a href="/topics.opml">OPML</a></nav>
</div></header>
<main id="main"><div class="wrap">
${frame.main}
</div></main>
<footer><div class="wrap">
<p>paperfeed reads <a href="https://huggingface.co/papers/trending">Hugging Face’s trending papers</a> every ${CRON_INTERVAL_MINUTES} minutes and serves them as RSS 2.0, Atom 1.0 and JSON Feed 1.1. It is not affiliated with Hugging Face; papers belong to their authors.</p>
<p><a href="/topics.opml">All topics as OPML</a> · <a href="/api/topics">Topics as JSON</a> · <a href="/health">Service health</a></p>
</div></footer>
<script>${raw(CLIENT_SCRIPT)}</script>
</body>
</html>
`}`;
}
