/**
 * The fallback: read the rendered paper cards. Only the part of the page that holds the cards (from
 * the data element or `<main>` to the last card) is handed to linkedom, and each card yields an
 * entry in the same shape as the embedded JSON, so one normalizer serves both paths. Cards carry no
 * abstract, authors or comment count.
 */
import { parseHTML } from 'linkedom';

// A paper page, relative or on huggingface.co, with an optional query or fragment. Old-style arXiv
// ids (`hep-th/9901001`) hold a slash.
const PAPER_HREF =
  /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/papers\/([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?|[^/?#]+)\/?(?:[?#].*)?$/;
const PAPER_LINKS = 'a[href*="/papers/"]';
const GITHUB_HREF = /^https?:\/\/(?:www\.)?github\.com\//i;

/** Returns one JSON-shaped entry per distinct paper card in `html[from..]`, in page order. */
export function readCards(html: string, from = 0): Record<string, unknown>[] {
  const first = /<article[\s>]/gi;
  first.lastIndex = from;
  // Tag names are case-insensitive; the page writes them in lower case.
  const last = Math.max(html.lastIndexOf('</article'), html.lastIndexOf('</ARTICLE'));
  if (!first.exec(html) || last < first.lastIndex) return [];
  // From `from`, not from the first card: a comment or script before the cards that holds an
  // `<article` must be parsed as what it is.
  const end = html.indexOf('>', last);
  const { document } = parseHTML(`<!doctype html><html><body>${html.slice(from, end < 0 ? html.length : end + 1)}</body></html>`);
  const entries: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const article of document.querySelectorAll('article')) {
    const entry = readCard(article);
    const id = (entry?.['paper'] as { id?: string } | undefined)?.id;
    // Every card is rendered twice (desktop and mobile halves); a paper is one entry.
    if (!entry || !id || seen.has(id)) continue;
    seen.add(id);
    entries.push(entry);
  }
  return entries;
}

type Element = ReturnType<typeof parseHTML>['document']['body'];

function readCard(article: Element): Record<string, unknown> | null {
  const paperLinks = [...article.querySelectorAll(PAPER_LINKS)].filter((a) => PAPER_HREF.test(a.getAttribute('href') ?? ''));
  // The title is the heading's paper link; another link to the paper (comments, say) may come first.
  const titleLink =
    [...article.querySelectorAll(`h3 ${PAPER_LINKS}`)].find((a) => paperLinks.includes(a) && text(a) !== '') ??
    paperLinks.find((a) => text(a) !== '');
  const id = PAPER_HREF.exec(titleLink?.getAttribute('href') ?? '')?.[1];
  if (!titleLink || !id) return null;
  const thumbnail = paperLinks.map((a) => a.querySelector('img')?.getAttribute('src')).find(Boolean);
  const github = [...article.querySelectorAll('a[href*="github.com/"]')].find((a) => GITHUB_HREF.test(a.getAttribute('href') ?? ''));
  const org = [...article.querySelectorAll('a[href^="/"]')].find(
    (a) => /rounded-full/.test(a.getAttribute('class') ?? '') && !/^\/(papers|login)\b/.test(a.getAttribute('href') ?? ''),
  );
  const orgName = org?.getAttribute('href')?.slice(1);
  const published = [...article.querySelectorAll('span')]
    .map((span) => /^(?:Published on )?([A-Z][a-z]{2} \d{1,2}, \d{4})$/.exec(text(span))?.[1])
    .find(Boolean);
  return {
    paper: {
      id: decodePathSegment(id),
      title: text(titleLink),
      upvotes: upvotes(article),
      githubRepo: github?.getAttribute('href'),
      githubStars: github ? lastNumber(text(github)) : undefined,
      organization: orgName ? { name: orgName, fullname: text(org!) || orgName } : undefined,
      publishedAt: published ? `${published} UTC` : undefined,
    },
    summary: text(article.querySelector('p.line-clamp-2') ?? article.querySelector('p')),
    thumbnail,
  };
}

function upvotes(article: Element): string | undefined {
  const count = article.querySelector('.text-orange-500.font-semibold, div.font-semibold.text-orange-500');
  if (count) return text(count);
  // Markup variants: the number that follows the word "Upvote".
  return /Upvote\s*([\d.,]+[kKmM]?)/.exec(article.textContent ?? '')?.[1];
}

// A malformed escape (`/papers/%`) must cost only its own card, not throw for the whole page;
// the raw segment then fails the arXiv id check in the normalizer.
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function lastNumber(value: string): string | undefined {
  return /([\d.,]+\s*[kKmM]?)\s*$/.exec(value)?.[1];
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
