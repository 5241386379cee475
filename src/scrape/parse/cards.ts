/**
 * The fallback: read the rendered paper cards. Only the cards' container is handed to linkedom
 * (never the whole page), and each card yields an entry in the same shape as the embedded JSON,
 * so one normalizer serves both paths. Cards carry no abstract, authors or comment count.
 */
import { parseHTML } from 'linkedom';

const PAPER_HREF = /^\/papers\/([^/?#]+)\/?$/;

/** Returns one JSON-shaped entry per distinct paper card in `html[from..]`, in page order. */
export function readCards(html: string, from = 0): Record<string, unknown>[] {
  const first = html.indexOf('<article', from);
  const last = html.lastIndexOf('</article>');
  if (first < 0 || last < first) return [];
  const { document } = parseHTML(`<!doctype html><html><body>${html.slice(first, last + 10)}</body></html>`);
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
  const titleLink =
    article.querySelector('h3 a[href^="/papers/"]') ??
    [...article.querySelectorAll('a[href^="/papers/"]')].find((a) => text(a) !== '');
  const id = PAPER_HREF.exec(titleLink?.getAttribute('href') ?? '')?.[1];
  if (!titleLink || !id) return null;
  const paperLinks = [...article.querySelectorAll('a[href^="/papers/"]')];
  const thumbnail = paperLinks.map((a) => a.querySelector('img')?.getAttribute('src')).find(Boolean);
  const github = article.querySelector('a[href^="https://github.com/"]');
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
